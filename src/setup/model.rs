//! The setup form as a value: what the organizer has typed so far, changed only by
//! [`Setup::apply`], and the rules of what the form shows — the settings a link would carry,
//! which problems show, what an edit does to collected codes, where focus goes after a change to
//! the list of units.

use super::edit::{edit_effect, EditEffect};
use crate::code::{SlipCheck, SlipKey};
use crate::deniability::Deniability;
use crate::instrument::{OwnStatement, MAX_OWN_STATEMENTS, MAX_UNITS};
use crate::lang::Lang;
use crate::link::{
    parse_min_group, parse_slips, parse_staff, read_plan, Field, LinkError, SurveyLink,
};
use crate::report::action::Plan;
use crate::report::{Staff, MIN_GROUP_DEFAULT};
use crate::route::split_fragment;

/// How the page was opened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Opened {
    /// `#/`: a new survey, with a random identifier.
    New,
    /// `#/edit?…`: an existing survey's settings, from its summary page.
    Edit,
    /// `#/edit` alone: an existing survey whose settings are typed again (the summary link lost).
    Recreate,
    /// Settings that could not be read: a new survey instead.
    BadLink(LinkError),
}

/// A change to the organization's own statements. An index out of range changes nothing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StatementAction {
    /// A new, empty statement at the end (none beyond [`MAX_OWN_STATEMENTS`]).
    Add,
    /// The statement at this index in this language, as typed.
    Text(usize, Lang, String),
    /// The statement at this index removed.
    Remove(usize),
}

/// A change to the list of units. An index out of range changes nothing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UnitAction {
    /// A new, empty unit at the end (none beyond [`MAX_UNITS`]).
    Add,
    /// The unit at this index renamed, as typed.
    Rename(usize, String),
    /// The unit at this index one place up.
    Up(usize),
    /// The unit at this index one place down.
    Down(usize),
    /// The unit at this index removed.
    Remove(usize),
}

/// Where focus goes after a change to the list of units, so that a keyboard user stays with the
/// unit they moved or lands on the next one left.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnitFocus {
    /// The name field of the unit at this index.
    Name(usize),
    /// The "up" button of the unit at this index.
    Up(usize),
    /// The "down" button of the unit at this index.
    Down(usize),
    /// The "add a unit" button.
    Add,
}

impl UnitAction {
    /// Where focus goes after this action on a list of `count` units (counted before it); `None`
    /// when it stays where it is (typing a name).
    pub fn focus(&self, count: usize) -> Option<UnitFocus> {
        Some(match *self {
            UnitAction::Add => UnitFocus::Name(count),
            UnitAction::Rename(..) => return None,
            // A button that moved to an end is disabled there: focus its twin.
            UnitAction::Up(1) => UnitFocus::Down(0),
            UnitAction::Up(index) => UnitFocus::Up(index.saturating_sub(1)),
            UnitAction::Down(index) if index.saturating_add(2) == count => {
                UnitFocus::Up(index.saturating_add(1))
            }
            UnitAction::Down(index) => UnitFocus::Down(index.saturating_add(1)),
            UnitAction::Remove(index) if count > 1 => UnitFocus::Name(index.min(count - 2)),
            UnitAction::Remove(_) => UnitFocus::Add,
        })
    }
}

/// A change to the form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// The identifier, as typed (surrounding spaces are dropped at once).
    Id(String),
    /// The survey's title, as typed.
    Title(String),
    /// The organization's name, as typed.
    Organization(String),
    /// Where staff send their code, as typed.
    SendTo(String),
    /// The minimum group size, as typed (empty means the default).
    MinGroup(String),
    /// The number of staff invited in total, as typed (empty when not given).
    Staff(String),
    /// The number of staff invited to the unit at this index, as typed (empty when not given).
    /// An index out of range changes nothing.
    UnitStaff(usize, String),
    /// The language respondents start in; `None` for the browser's.
    Lang(Option<Lang>),
    /// Ask the broad role, or stop asking it.
    ToggleRole,
    /// Ask for a second survey link for shared devices, or stop asking.
    ToggleShared,
    /// Plausible deniability at this level, or off.
    Deniability(Option<Deniability>),
    /// Single-use slips switched on, or off. The 16 bytes, from the shell's cryptographic
    /// generator, make the slips' key when they are switched on and the form has none yet (`None`
    /// when the generator gave nothing: then there is no key, and the form says so). A key, once
    /// made or opened, stays for as long as the form is open, through any change.
    ToggleSlips(Option<[u8; 16]>),
    /// The number of slips, as typed.
    SlipCount(String),
    /// A field was left once: its problems show from then on.
    Visit(Field),
    /// "Make the links": from then on every problem shows, and the links when there are none.
    Make,
    /// A change to the list of units.
    Unit(UnitAction),
    /// A change to the organization's own statements.
    Statement(StatementAction),
}

/// What the organizer has typed so far, and how the page was opened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Setup {
    /// The settings as typed (values untrimmed, so typing is never fought).
    link: SurveyLink,
    /// The settings the page was opened with, when editing an existing survey.
    original: Option<SurveyLink>,
    /// The identifier a survey gets when editing makes it a new one (units reordered).
    fresh_id: String,
    /// The minimum group size as typed (empty means the default).
    min_group: String,
    /// The staff invited in total, as typed (empty when not given). The typed numbers are the
    /// only owner of the staff invited: `link.staff` stays empty, and [`Setup::checked`] fills it.
    staff: String,
    /// The staff invited per unit, as typed: always one entry per unit of `link.units`, moved,
    /// added and removed with its unit.
    unit_staff: Vec<String>,
    /// The number of slips as typed. With `slip_key`, the only owner of the slips' number and
    /// key: `link.slip_check` stays empty, and [`Setup::checked`] fills it.
    slip_count: String,
    /// The slips' key: the one the page was opened with, else the one made when slips were
    /// switched on.
    slip_key: Option<SlipKey>,
    /// Whether "Make the links" was pressed.
    made: bool,
    /// Fields left once, whose problems show even before that.
    visited: Vec<Field>,
    /// How the page was opened.
    opened: Opened,
    /// Whether the form shows the identifier field.
    asks_id: bool,
    /// The organizer's commitments from the summary link being edited (`link::read_plan`): not
    /// settings of the survey, only carried through to the new summary link.
    plan: Plan,
}

/// What was typed into a field. A link holds no line breaks or tabs: a typed or pasted one
/// becomes a space here rather than a refusal later.
pub fn typed(value: &str) -> String {
    value.replace(['\r', '\n', '\t'], " ")
}

/// A number of staff invited as typed in a form: empty means not given, anything else must be
/// a whole number from 1 to [`MAX_STAFF`](crate::report::MAX_STAFF) (the link reader's rule);
/// `problem` is the error when it is not.
pub fn typed_staff(typed: &str, problem: LinkError) -> Result<Option<u64>, LinkError> {
    match typed.trim() {
        "" => Ok(None),
        typed => parse_staff(typed).map(Some).ok_or(problem),
    }
}

/// A number of slips as typed in a form: a whole number from 1 to
/// [`MAX_SLIPS`](crate::code::MAX_SLIPS) (the link reader's rule).
pub fn typed_slips(typed: &str) -> Result<u16, LinkError> {
    parse_slips(typed).ok_or(LinkError::Invalid(Field::SlipsPrinted))
}

/// The minimum group size as typed in a form: empty means the default, anything else must be a
/// whole number from the floor to the ceiling (the link reader's rule).
pub fn typed_min_group(typed: &str) -> Result<u8, LinkError> {
    match typed.trim() {
        "" => Ok(MIN_GROUP_DEFAULT),
        typed => parse_min_group(typed),
    }
}

impl Setup {
    /// The form for the page opened at `fragment` (`#/`, `#/edit?…` or `#/edit`). `id` is a
    /// new survey's random identifier and `fresh_id` the one an edit that reorders units gives
    /// (both from the shell's generator; empty when it has none, and the form then asks for one).
    pub fn open(fragment: &str, id: String, fresh_id: String) -> Setup {
        // A plan that cannot be read was shown as such on the summary page; none is carried.
        let plan = read_plan(split_fragment(fragment).1).unwrap_or_default();
        let (mut link, opened) = match split_fragment(fragment) {
            ("/edit", "") => (SurveyLink::new(String::new()), Opened::Recreate),
            (_, "") => (SurveyLink::new(id), Opened::New),
            (_, query) => match SurveyLink::parse(query) {
                Ok(link) => (link, Opened::Edit),
                Err(problem) => (SurveyLink::new(id), Opened::BadLink(problem)),
            },
        };
        let shown = |n: Option<u64>| n.map(|n| n.to_string()).unwrap_or_default();
        let staff = std::mem::take(&mut link.staff);
        let mut unit_staff: Vec<String> = staff.units.into_iter().map(shown).collect();
        unit_staff.resize(link.units.len(), String::new());
        let original = (opened == Opened::Edit).then(|| link.clone());
        // A slip's own link edits its survey: the slip is the respondent's, not a setting.
        link.slip = None;
        let slips = link.slip_check.take();
        Setup {
            min_group: link.min_group.to_string(),
            staff: shown(staff.total),
            unit_staff,
            slip_count: slips
                .map(|check| check.count.to_string())
                .unwrap_or_default(),
            slip_key: slips.map(|check| check.key),
            original,
            fresh_id,
            made: false,
            visited: Vec::new(),
            // A new survey's identifier is random and not shown, unless there was none to give.
            asks_id: opened != Opened::New || link.id.is_empty(),
            opened,
            link,
            plan,
        }
    }

    /// The commitments the new summary link carries on (`Links::with_plan`).
    pub fn plan(&self) -> &Plan {
        &self.plan
    }

    /// Changes the form by `action`.
    pub fn apply(&mut self, action: Action) {
        match action {
            Action::Id(id) => self.link.id = typed(&id).trim().to_string(),
            Action::Title(title) => self.link.title = typed(&title),
            Action::Organization(name) => self.link.organization = typed(&name),
            Action::SendTo(text) => self.link.send_to = typed(&text),
            Action::MinGroup(text) => self.min_group = typed(&text),
            Action::Staff(text) => self.staff = typed(&text),
            Action::UnitStaff(index, text) => {
                if let Some(slot) = self.unit_staff.get_mut(index) {
                    *slot = typed(&text);
                }
            }
            Action::Lang(lang) => self.link.lang = lang,
            Action::ToggleRole => self.link.asks_role = !self.link.asks_role,
            Action::ToggleShared => self.link.shared = !self.link.shared,
            Action::Deniability(level) => self.link.deniability = level,
            Action::ToggleSlips(random) => {
                self.link.slips = !self.link.slips;
                if self.link.slips && self.slip_key.is_none() {
                    self.slip_key = random.map(SlipKey::from_bytes);
                }
            }
            Action::SlipCount(text) => self.slip_count = typed(&text),
            Action::Visit(field) => {
                if !self.visited.contains(&field) {
                    self.visited.push(field);
                }
            }
            Action::Make => self.made = true,
            Action::Unit(action) => self.apply_unit(action),
            Action::Statement(action) => self.apply_statement(action),
        }
    }

    fn apply_statement(&mut self, action: StatementAction) {
        let statements = &mut self.link.statements;
        match action {
            StatementAction::Add => {
                if statements.len() < MAX_OWN_STATEMENTS {
                    statements.push(OwnStatement::default());
                }
            }
            StatementAction::Text(index, lang, text) => {
                if let Some(statement) = statements.get_mut(index) {
                    let text = typed(&text);
                    match lang {
                        Lang::En => statement.en = text,
                        Lang::Es => statement.es = text,
                    }
                }
            }
            StatementAction::Remove(index) => {
                if index < statements.len() {
                    statements.remove(index);
                }
            }
        }
    }

    fn apply_unit(&mut self, action: UnitAction) {
        let units = &mut self.link.units;
        let staff = &mut self.unit_staff;
        let count = units.len();
        // Each unit's staff number moves, comes and goes with the unit.
        staff.resize(count, String::new());
        match action {
            UnitAction::Add => {
                if count < usize::from(MAX_UNITS) {
                    units.push(String::new());
                    staff.push(String::new());
                }
            }
            UnitAction::Rename(index, name) => {
                if let Some(slot) = units.get_mut(index) {
                    *slot = typed(&name);
                }
            }
            UnitAction::Up(index) => {
                if index > 0 && index < count {
                    units.swap(index - 1, index);
                    staff.swap(index - 1, index);
                }
            }
            UnitAction::Down(index) => {
                if index < count.saturating_sub(1) {
                    units.swap(index, index + 1);
                    staff.swap(index, index + 1);
                }
            }
            UnitAction::Remove(index) => {
                if index < count {
                    units.remove(index);
                    staff.remove(index);
                }
            }
        }
    }

    /// The settings as typed.
    pub fn link(&self) -> &SurveyLink {
        &self.link
    }

    /// The minimum group size as typed.
    pub fn min_group(&self) -> &str {
        &self.min_group
    }

    /// The staff invited in total, as typed.
    pub fn staff(&self) -> &str {
        &self.staff
    }

    /// The staff invited per unit, as typed: one entry per unit, in unit order.
    pub fn unit_staff(&self) -> &[String] {
        &self.unit_staff
    }

    /// The staff invited as the link will carry them: the numbers typed that are valid; per unit,
    /// none when no unit has one, else one entry per unit.
    fn checked_staff(&self) -> Staff {
        let units: Vec<Option<u64>> = self
            .unit_staff
            .iter()
            .map(|typed| typed_staff(typed, LinkError::Invalid(Field::UnitStaff)).unwrap_or(None))
            .collect();
        Staff {
            total: typed_staff(&self.staff, LinkError::Invalid(Field::Staff)).unwrap_or(None),
            units: if units.iter().any(Option::is_some) {
                units
            } else {
                Vec::new()
            },
        }
    }

    /// The problem with the staff invited to the unit at `index`, as typed, whether it shows or not.
    fn typed_unit_staff_problem(&self, index: usize) -> Option<LinkError> {
        let typed = self.unit_staff.get(index)?;
        typed_staff(typed, LinkError::Invalid(Field::UnitStaff)).err()
    }

    /// The number of slips, as typed.
    pub fn slip_count(&self) -> &str {
        &self.slip_count
    }

    /// The slips' key, once there is one.
    pub fn slip_key(&self) -> Option<SlipKey> {
        self.slip_key
    }

    /// Whether slips are on without a key: the page was opened with a survey link, which holds
    /// none, rather than the summary link, which does. Shown at once, since nothing typed fixes it.
    pub fn slip_key_missing(&self) -> bool {
        self.link.slips && self.slip_key.is_none()
    }

    /// The slips as the summary link will carry them: their key and the number typed, when slips
    /// are on and both are there.
    fn slip_check(&self) -> Option<SlipCheck> {
        let key = self.slip_key.filter(|_| self.link.slips)?;
        let count = typed_slips(&self.slip_count).ok()?;
        Some(SlipCheck { key, count })
    }

    /// When editing raised the number of slips and kept their key: the first new slip's serial
    /// (the number there were before), from which a sheet of only the new slips starts.
    pub fn new_slips_from(&self) -> Option<u16> {
        let then = self.original.as_ref()?.slip_check?;
        let now = self.slip_check()?;
        (then.key == now.key && now.count > then.count).then_some(then.count)
    }

    /// How the page was opened.
    pub fn opened(&self) -> &Opened {
        &self.opened
    }

    /// Whether "Make the links" was pressed.
    pub fn made(&self) -> bool {
        self.made
    }

    /// Whether the form shows the identifier field: when editing or recreating a survey, and for a
    /// new one only when the browser gave no random identifier.
    pub fn asks_id(&self) -> bool {
        self.asks_id
    }

    /// Whether the identifier is the fresh one and cannot be typed (the edit reordered units).
    pub fn id_locked(&self) -> bool {
        self.effect() == Some(EditEffect::Reordered)
    }

    /// The settings as the link will carry them: trimmed as the link reader trims, the typed
    /// group size and staff numbers where they are valid, and a new identifier if editing
    /// reordered the units.
    pub fn checked(&self) -> SurveyLink {
        let mut link = self.link.trimmed();
        if let Ok(min) = typed_min_group(&self.min_group) {
            link.min_group = min;
        }
        link.staff = self.checked_staff();
        link.slip_check = self.slip_check();
        if self.id_locked() {
            link.id = self.fresh_id.clone();
        }
        link
    }

    /// The settings as they would be linked, or the first problem.
    pub fn settings(&self) -> Result<SurveyLink, LinkError> {
        typed_min_group(&self.min_group)?;
        typed_staff(&self.staff, LinkError::Invalid(Field::Staff))?;
        if let Some(problem) =
            (0..self.unit_staff.len()).find_map(|i| self.typed_unit_staff_problem(i))
        {
            return Err(problem);
        }
        if self.link.slips {
            typed_slips(&self.slip_count)?;
            if self.slip_key.is_none() {
                return Err(LinkError::Missing(Field::SlipKey));
            }
        }
        let link = self.checked();
        link.validate().map(|()| link)
    }

    /// The settings of the links shown: once "Make the links" was pressed, when they are valid.
    pub fn made_settings(&self) -> Option<SurveyLink> {
        self.made.then(|| self.settings().ok()).flatten()
    }

    /// Whether "Make the links" was pressed with problems left.
    pub fn needs_fixing(&self) -> bool {
        self.made && self.settings().is_err()
    }

    /// What the edit does to codes already collected (`None` for a new survey).
    pub fn effect(&self) -> Option<EditEffect> {
        let original = self.original.as_ref()?;
        let mut edited = self.link.trimmed();
        edited.slip_check = self.slip_check();
        Some(edit_effect(original, &edited))
    }

    /// Whether `field`'s problems show: once it was left, or once "Make the links" was pressed.
    pub fn shows(&self, field: Field) -> bool {
        self.made || self.visited.contains(&field)
    }

    /// The problem shown at `field`, if any. A unit's problems show at the unit
    /// ([`Setup::unit_problem`], [`Setup::unit_staff_problem`]); the minimum group size's, the
    /// staff invited's and the number of slips' as typed; a missing slips' key at once.
    pub fn problem(&self, field: Field) -> Option<LinkError> {
        if field == Field::SlipKey {
            return self
                .slip_key_missing()
                .then_some(LinkError::Missing(Field::SlipKey));
        }
        if !self.shows(field) {
            return None;
        }
        match field {
            Field::SlipsPrinted => {
                return typed_slips(&self.slip_count)
                    .err()
                    .filter(|_| self.link.slips)
            }
            Field::MinGroup => return typed_min_group(&self.min_group).err(),
            Field::Staff => return typed_staff(&self.staff, LinkError::Invalid(field)).err(),
            Field::UnitStaff => {
                return (0..self.unit_staff.len()).find_map(|i| self.typed_unit_staff_problem(i))
            }
            _ => {}
        }
        self.checked()
            .problems()
            .into_iter()
            .find(|p| p.field() == Some(field) && !matches!(p, LinkError::DuplicateUnit(_)))
    }

    /// The problem shown at the unit at `index`: as soon as a name is typed, and for an empty
    /// one once "Make the links" was pressed.
    pub fn unit_problem(&self, index: usize) -> Option<LinkError> {
        let typed = self.link.units.get(index)?;
        self.checked()
            .unit_problem(index)
            .filter(|_| self.made || !typed.is_empty())
    }

    /// The problem shown at the organization's statement at `index`: as soon as either wording is
    /// typed, and for an empty one once "Make the links" was pressed.
    pub fn statement_problem(&self, index: usize) -> Option<LinkError> {
        let typed = self.link.statements.get(index)?;
        self.checked()
            .statement_problem(index)
            .filter(|_| self.made || !typed.en.is_empty() || !typed.es.is_empty())
    }

    /// The problem shown at the staff invited to the unit at `index`: a number that is not valid,
    /// once a unit's staff field was left ([`Field::UnitStaff`]) or "Make the links" was pressed.
    pub fn unit_staff_problem(&self, index: usize) -> Option<LinkError> {
        self.typed_unit_staff_problem(index)
            .filter(|_| self.shows(Field::UnitStaff))
    }
}
