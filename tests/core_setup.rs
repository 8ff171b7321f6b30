#![cfg(not(target_arch = "wasm32"))]
//! The setup page's model and its helpers: each action, what an edit does to collected codes, the
//! typed minimum group size, when problems show, the units editor and where focus goes, the links,
//! the advice, the kit and the QR code; single-use slips — the setting, its key, the links it
//! writes — and their printable sheet: the order, the grid on paper and the pages.

use std::collections::HashSet;

use candor::code::{SlipKey, MAX_SLIPS};
use candor::deniability::Deniability;
use candor::instrument::{DEFAULT, MAX_UNITS};
use candor::lang::{Explain, Lang};
use candor::link::{valid_id, Field, LinkError, SurveyLink, MAX_SEND_TO};
use candor::report::{Staff, MAX_STAFF, MIN_GROUP_DEFAULT};
use candor::setup::{
    advice, edit_effect, invitation, kit_file, kit_file_name, new_id, preview_link, qr_side,
    qr_svg, sections_asked, shuffle, slip_link, survey_lang, typed, typed_min_group, typed_slips,
    Action, Advice, EditEffect, Grid, Links, Opened, Paper, Setup, Sheet, SheetAction, SheetError,
    UnitAction, UnitFocus, ID_SYMBOLS, MIN_MODULE, PAGE_FOOT, PAGE_HEIGHT, PAGE_WIDTH,
    SLIP_PADDING,
};

const ID: &str = "NEWID23456";
const FRESH: &str = "FRESH23456";

fn ten_units() -> SurveyLink {
    SurveyLink {
        id: new_id([7, 19, 250, 3, 64, 99, 128, 31, 5, 200]),
        title: "Staff wellbeing 2026".into(),
        organization: "Riverside Community Hospital".into(),
        units: [
            "Emergency",
            "Intensive care",
            "Surgery",
            "Medicine",
            "Pediatrics",
            "Maternity",
            "Oncology",
            "Radiology",
            "Pharmacy",
            "Outpatients",
        ]
        .map(String::from)
        .to_vec(),
        asks_role: true,
        lang: Some(Lang::En),
        min_group: 5,
        send_to: "Sealed box by the staff room".into(),
        deniability: None,
        shared: false,
        staff: Default::default(),
        slips: false,
        slip: None,
        slip_check: None,
        statements: Vec::new(),
    }
}

/// The form opened on a new survey.
fn new_form() -> Setup {
    Setup::open("#/", ID.into(), FRESH.into())
}

/// The form opened to edit `link`, as its summary page links to it.
fn editing(link: &SurveyLink) -> Setup {
    Setup::open(
        &format!("#/edit?{}", link.to_query()),
        ID.into(),
        FRESH.into(),
    )
}

fn units(setup: &Setup) -> Vec<&str> {
    setup.link().units.iter().map(String::as_str).collect()
}

fn with_units(names: &[&str]) -> Setup {
    let mut setup = new_form();
    for (index, name) in names.iter().enumerate() {
        setup.apply(Action::Unit(UnitAction::Add));
        setup.apply(Action::Unit(UnitAction::Rename(index, name.to_string())));
    }
    setup
}

// Opening the page.

#[test]
fn a_new_survey_gets_the_random_identifier_and_hides_the_field() {
    let setup = new_form();
    assert_eq!(setup.opened(), &Opened::New);
    assert_eq!(setup.link(), &SurveyLink::new(ID.into()));
    assert_eq!(setup.min_group(), "5");
    assert!(!setup.asks_id() && !setup.made() && !setup.id_locked());
    assert_eq!(setup.effect(), None);
    assert_eq!(setup.checked().id, ID);
    // Without a random generator the form asks for an identifier instead.
    let without = Setup::open("#/", String::new(), String::new());
    assert_eq!(without.opened(), &Opened::New);
    assert!(without.asks_id());
    assert_eq!(without.settings(), Err(LinkError::Missing(Field::Id)));
}

#[test]
fn editing_opens_the_linked_settings_and_recreating_a_blank_form() {
    let link = ten_units();
    let setup = editing(&link);
    assert_eq!(setup.opened(), &Opened::Edit);
    assert_eq!(setup.link(), &link);
    assert!(setup.asks_id());
    assert_eq!(setup.effect(), Some(EditEffect::Same));
    assert_eq!(setup.settings(), Ok(link));

    let recreate = Setup::open("#/edit", ID.into(), FRESH.into());
    assert_eq!(recreate.opened(), &Opened::Recreate);
    assert_eq!(recreate.link(), &SurveyLink::new(String::new()));
    assert!(recreate.asks_id());
    assert_eq!(recreate.effect(), None);

    let bad = Setup::open("#/edit?v=1&id=x", ID.into(), FRESH.into());
    assert!(
        matches!(bad.opened(), Opened::BadLink(_)),
        "{:?}",
        bad.opened()
    );
    assert_eq!(bad.link(), &SurveyLink::new(ID.into()));
    assert!(bad.asks_id());
    assert_eq!(bad.effect(), None);
}

// Each action.

#[test]
fn each_text_action_sets_its_field_with_line_breaks_as_spaces() {
    let mut setup = new_form();
    setup.apply(Action::Title("Staff\nwellbeing ".into()));
    setup.apply(Action::Organization("River\tside".into()));
    setup.apply(Action::SendTo("Box\r\nby the door".into()));
    setup.apply(Action::MinGroup(" 7 ".into()));
    setup.apply(Action::Id("  ABC123\n".into()));
    let link = setup.link();
    // Untrimmed as typed, so typing is never fought; the identifier alone is trimmed at once.
    assert_eq!(link.title, "Staff wellbeing ");
    assert_eq!(link.organization, "River side");
    assert_eq!(link.send_to, "Box  by the door");
    assert_eq!(link.id, "ABC123");
    assert_eq!(setup.min_group(), " 7 ");
    let checked = setup.checked();
    assert_eq!(checked.title, "Staff wellbeing");
    assert_eq!(checked.min_group, 7);
    assert_eq!(typed("a\r\nb\tc"), "a  b c");
}

#[test]
fn each_choice_action_sets_its_setting() {
    let mut setup = new_form();
    setup.apply(Action::Lang(Some(Lang::Es)));
    assert_eq!(setup.link().lang, Some(Lang::Es));
    setup.apply(Action::Lang(None));
    assert_eq!(setup.link().lang, None);
    setup.apply(Action::ToggleRole);
    assert!(setup.link().asks_role);
    setup.apply(Action::ToggleRole);
    assert!(!setup.link().asks_role);
    setup.apply(Action::ToggleShared);
    assert!(setup.link().shared);
    setup.apply(Action::ToggleShared);
    assert!(!setup.link().shared);
    setup.apply(Action::Deniability(Some(Deniability::Strong)));
    assert_eq!(setup.link().deniability, Some(Deniability::Strong));
    setup.apply(Action::Deniability(None));
    assert_eq!(setup.link().deniability, None);
    // Nothing else moved.
    assert_eq!(setup.link(), &SurveyLink::new(ID.into()));
}

// When problems show.

#[test]
fn a_problem_shows_after_its_field_is_left_or_the_links_are_made() {
    let mut setup = new_form();
    assert_eq!(setup.settings(), Err(LinkError::Missing(Field::Title)));
    assert_eq!(setup.problem(Field::Title), None);
    assert!(!setup.shows(Field::Title));
    setup.apply(Action::Visit(Field::Title));
    setup.apply(Action::Visit(Field::Title));
    assert!(setup.shows(Field::Title) && !setup.shows(Field::SendTo));
    assert_eq!(
        setup.problem(Field::Title),
        Some(LinkError::Missing(Field::Title))
    );
    assert_eq!(setup.problem(Field::SendTo), None);
    assert!(!setup.needs_fixing());
    assert_eq!(setup.made_settings(), None);

    setup.apply(Action::SendTo("x".repeat(301)));
    setup.apply(Action::Make);
    assert!(setup.made() && setup.needs_fixing());
    assert!(setup.shows(Field::SendTo) && setup.shows(Field::Organization));
    assert_eq!(
        setup.problem(Field::SendTo),
        Some(LinkError::TooLong {
            field: Field::SendTo,
            max: MAX_SEND_TO
        })
    );
    assert_eq!(setup.problem(Field::Organization), None);
    assert_eq!(setup.made_settings(), None);

    setup.apply(Action::Title("Staff wellbeing".into()));
    setup.apply(Action::SendTo("The box".into()));
    assert!(!setup.needs_fixing());
    assert_eq!(setup.problem(Field::Title), None);
    let mut expected = SurveyLink::new(ID.into());
    expected.title = "Staff wellbeing".into();
    expected.send_to = "The box".into();
    assert_eq!(setup.made_settings(), Some(expected.clone()));
    assert_eq!(setup.settings(), Ok(expected));
}

#[test]
fn a_typed_minimum_group_is_the_default_when_empty_and_an_error_when_invalid() {
    assert_eq!(typed_min_group(" "), Ok(MIN_GROUP_DEFAULT));
    assert_eq!(typed_min_group("7"), Ok(7));
    assert_eq!(
        typed_min_group("2"),
        Err(LinkError::Invalid(Field::MinGroup))
    );
    assert_eq!(
        typed_min_group("-"),
        Err(LinkError::Invalid(Field::MinGroup))
    );

    let mut setup = new_form();
    setup.apply(Action::Title("T".into()));
    setup.apply(Action::MinGroup(String::new()));
    assert_eq!(setup.settings().map(|l| l.min_group), Ok(MIN_GROUP_DEFAULT));
    setup.apply(Action::MinGroup("3".into()));
    assert_eq!(setup.settings().map(|l| l.min_group), Ok(3));
    setup.apply(Action::MinGroup("two".into()));
    assert_eq!(setup.settings(), Err(LinkError::Invalid(Field::MinGroup)));
    // The link keeps the size the form was opened with; the error waits for the field to be left.
    assert_eq!(setup.checked().min_group, MIN_GROUP_DEFAULT);
    assert_eq!(setup.problem(Field::MinGroup), None);
    setup.apply(Action::Visit(Field::MinGroup));
    assert_eq!(
        setup.problem(Field::MinGroup),
        Some(LinkError::Invalid(Field::MinGroup))
    );
    // Or for "Make the links".
    let mut made = new_form();
    made.apply(Action::MinGroup("99".into()));
    assert_eq!(made.problem(Field::MinGroup), None);
    made.apply(Action::Make);
    assert_eq!(
        made.problem(Field::MinGroup),
        Some(LinkError::Invalid(Field::MinGroup))
    );
}

// The units editor.

#[test]
fn units_are_added_renamed_moved_and_removed() {
    let mut setup = with_units(&["A", "B", "C"]);
    assert_eq!(units(&setup), ["A", "B", "C"]);
    setup.apply(Action::Unit(UnitAction::Up(2)));
    assert_eq!(units(&setup), ["A", "C", "B"]);
    setup.apply(Action::Unit(UnitAction::Down(0)));
    assert_eq!(units(&setup), ["C", "A", "B"]);
    setup.apply(Action::Unit(UnitAction::Rename(1, "Ward\n7".into())));
    assert_eq!(units(&setup), ["C", "Ward 7", "B"]);
    setup.apply(Action::Unit(UnitAction::Remove(0)));
    assert_eq!(units(&setup), ["Ward 7", "B"]);
    setup.apply(Action::Unit(UnitAction::Remove(1)));
    assert_eq!(units(&setup), ["Ward 7"]);
}

#[test]
fn unit_actions_at_the_ends_and_out_of_range_change_nothing() {
    let mut setup = with_units(&["A", "B", "C"]);
    for action in [
        UnitAction::Up(0),
        UnitAction::Up(3),
        UnitAction::Up(usize::MAX),
        UnitAction::Down(2),
        UnitAction::Down(3),
        UnitAction::Down(usize::MAX),
        UnitAction::Remove(3),
        UnitAction::Remove(usize::MAX),
        UnitAction::Rename(3, "D".into()),
        UnitAction::Rename(usize::MAX, "D".into()),
    ] {
        setup.apply(Action::Unit(action.clone()));
        assert_eq!(units(&setup), ["A", "B", "C"], "{action:?}");
    }
    let mut empty = new_form();
    for action in [
        UnitAction::Up(0),
        UnitAction::Down(0),
        UnitAction::Remove(0),
    ] {
        empty.apply(Action::Unit(action));
        assert!(empty.link().units.is_empty());
    }
}

#[test]
fn no_more_than_the_most_units_can_be_added() {
    let mut setup = new_form();
    for _ in 0..usize::from(MAX_UNITS) + 3 {
        setup.apply(Action::Unit(UnitAction::Add));
    }
    assert_eq!(setup.link().units.len(), usize::from(MAX_UNITS));
    assert!(setup.link().units.iter().all(String::is_empty));
}

#[test]
fn focus_follows_the_unit_that_moved_or_lands_on_the_next_one_left() {
    assert_eq!(UnitAction::Add.focus(0), Some(UnitFocus::Name(0)));
    assert_eq!(UnitAction::Add.focus(3), Some(UnitFocus::Name(3)));
    assert_eq!(UnitAction::Rename(1, "x".into()).focus(3), None);
    // Moved up to the top, its "up" button is disabled: its "down" button instead.
    assert_eq!(UnitAction::Up(1).focus(3), Some(UnitFocus::Down(0)));
    assert_eq!(UnitAction::Up(2).focus(3), Some(UnitFocus::Up(1)));
    // Moved down to the bottom, likewise.
    assert_eq!(UnitAction::Down(1).focus(3), Some(UnitFocus::Up(2)));
    assert_eq!(UnitAction::Down(0).focus(3), Some(UnitFocus::Down(1)));
    // Removed: the unit now in its place, or the last one, or "add" when none is left.
    assert_eq!(UnitAction::Remove(0).focus(3), Some(UnitFocus::Name(0)));
    assert_eq!(UnitAction::Remove(2).focus(3), Some(UnitFocus::Name(1)));
    assert_eq!(UnitAction::Remove(0).focus(1), Some(UnitFocus::Add));
    // Never a panic, whatever the index.
    for index in [0, 1, usize::MAX - 1, usize::MAX] {
        for count in [0, 1, 2, usize::MAX] {
            for action in [
                UnitAction::Up(index),
                UnitAction::Down(index),
                UnitAction::Remove(index),
            ] {
                let _ = action.focus(count);
            }
        }
    }
}

#[test]
fn a_unit_problem_shows_once_typed_or_once_made() {
    let mut setup = with_units(&["Emergency", "", "Emergency "]);
    setup.apply(Action::Title("T".into()));
    assert_eq!(setup.unit_problem(0), None);
    // An empty unit is not scolded while it waits for its name.
    assert_eq!(setup.unit_problem(1), None);
    assert_eq!(
        setup.unit_problem(2),
        Some(LinkError::DuplicateUnit("Emergency".into()))
    );
    assert_eq!(setup.unit_problem(3), None);
    // The duplicate shows at the unit, not at the units field.
    setup.apply(Action::Make);
    assert_eq!(
        setup.problem(Field::Unit),
        Some(LinkError::Invalid(Field::Unit))
    );
    assert_eq!(setup.unit_problem(1), Some(LinkError::Invalid(Field::Unit)));
    setup.apply(Action::Unit(UnitAction::Remove(1)));
    assert_eq!(setup.problem(Field::Unit), None);
    assert_eq!(
        setup.settings(),
        Err(LinkError::DuplicateUnit("Emergency".into()))
    );
}

// Editing an existing survey.

#[test]
fn an_edit_says_what_happens_to_collected_codes() {
    let original = ten_units();
    let mut setup = editing(&original);
    setup.apply(Action::Title("Another title".into()));
    assert_eq!(setup.effect(), Some(EditEffect::Same));
    assert_eq!(setup.checked().id, original.id);

    setup.apply(Action::Unit(UnitAction::Rename(2, "Theatres".into())));
    assert_eq!(setup.effect(), Some(EditEffect::Renamed));
    assert_eq!(setup.checked().id, original.id);
    assert!(!setup.id_locked());

    setup.apply(Action::Unit(UnitAction::Down(0)));
    assert_eq!(setup.effect(), Some(EditEffect::Reordered));
    assert!(setup.id_locked());
    assert_eq!(setup.checked().id, FRESH);
    assert_eq!(setup.settings().map(|l| l.id), Ok(FRESH.to_string()));
    // Put back, the survey keeps its identifier.
    setup.apply(Action::Unit(UnitAction::Up(1)));
    assert_eq!(setup.effect(), Some(EditEffect::Renamed));
    assert_eq!(setup.checked().id, original.id);

    setup.apply(Action::Deniability(Some(Deniability::Standard)));
    assert_eq!(setup.effect(), Some(EditEffect::Remoded));
    setup.apply(Action::Deniability(None));

    setup.apply(Action::ToggleRole);
    assert_eq!(setup.effect(), Some(EditEffect::Reshaped));
    setup.apply(Action::ToggleRole);
    setup.apply(Action::Unit(UnitAction::Remove(9)));
    assert_eq!(setup.effect(), Some(EditEffect::Reshaped));
    assert_eq!(setup.checked().id, original.id);
}

#[test]
fn trailing_spaces_are_no_edit() {
    let original = ten_units();
    let mut setup = editing(&original);
    setup.apply(Action::Unit(UnitAction::Rename(0, "Emergency ".into())));
    setup.apply(Action::Title(" Staff wellbeing 2026".into()));
    assert_eq!(setup.effect(), Some(EditEffect::Same));
    assert_eq!(setup.settings(), Ok(original));
}

#[test]
fn editing_says_what_happens_to_collected_codes() {
    let original = ten_units();
    let mut edited = original.clone();
    edited.title = "Another title".into();
    assert_eq!(edit_effect(&original, &edited), EditEffect::Same);
    edited.units.swap(0, 1);
    assert_eq!(edit_effect(&original, &edited), EditEffect::Reordered);
    edited.units.swap(0, 1);
    edited.units[2] = "Theatres".into();
    assert_eq!(edit_effect(&original, &edited), EditEffect::Renamed);
    // Renamed and moved: still a move.
    edited.units.swap(2, 3);
    assert_eq!(edit_effect(&original, &edited), EditEffect::Reordered);
    edited.units.swap(2, 3);
    edited.units.pop();
    assert_eq!(edit_effect(&original, &edited), EditEffect::Reshaped);
    let mut no_role = original.clone();
    no_role.asks_role = false;
    assert_eq!(edit_effect(&original, &no_role), EditEffect::Reshaped);
    // Deniability switched, with or without a unit renamed: the mode change is what matters.
    let mut deniable = original.clone();
    deniable.deniability = Some(Deniability::Standard);
    assert_eq!(edit_effect(&original, &deniable), EditEffect::Remoded);
    deniable.units[0] = "Renamed".into();
    assert_eq!(edit_effect(&original, &deniable), EditEffect::Remoded);
}

// The preview.

#[test]
fn the_preview_counts_the_sections_the_survey_shows() {
    let mut link = ten_units();
    let all = DEFAULT.sections.len();
    assert_eq!(sections_asked(&link), all);
    link.units.clear();
    assert_eq!(sections_asked(&link), all);
    link.asks_role = false;
    assert_eq!(sections_asked(&link), all - 1);
    // The same sections the respondent's path goes through.
    assert_eq!(
        DEFAULT.sections_for(&link.shape()).len(),
        sections_asked(&link)
    );
}

#[test]
fn the_preview_shows_a_placeholder_title_in_the_respondents_language() {
    let mut link = ten_units().on_device(true);
    assert_eq!(survey_lang(&link, Lang::Es), Lang::En);
    link.lang = None;
    assert_eq!(survey_lang(&link, Lang::Es), Lang::Es);
    let preview = preview_link(&link, Lang::En);
    assert!(!preview.shared);
    assert_eq!(preview.title, link.title);
    link.title = "  ".into();
    assert_eq!(preview_link(&link, Lang::En).title, "Survey title");
    assert_eq!(preview_link(&link, Lang::Es).title, "Título de la encuesta");
}

// The identifier, links, advice, kit and QR code.

#[test]
fn identifiers_are_valid_and_use_every_symbol() {
    let id = new_id([0, 31, 32, 255, 1, 2, 3, 4, 5, 6]);
    assert_eq!(id, "0Z0Z123456");
    assert!(valid_id(&id));
    let all: HashSet<char> = (0..=255u8)
        .map(|b| new_id([b; ID_SYMBOLS]).chars().next().unwrap())
        .collect();
    assert_eq!(all.len(), 32);
    assert!(!all.iter().any(|c| "ILOU".contains(*c)));
}

#[test]
fn a_ten_unit_survey_link_stays_short() {
    let link = ten_units();
    assert_eq!(link.validate(), Ok(()));
    let links = Links::new("https://candor.example.org/", &link);
    assert!(links.survey.len() < 300, "{}", links.survey.len());
    assert!(links
        .summary
        .starts_with("https://candor.example.org/organizer/#/summary?v=1&"));
    // Both links carry exactly the settings.
    let query = links.survey.split_once('?').map(|(_, q)| q).unwrap();
    assert_eq!(SurveyLink::parse(query), Ok(link));
}

#[test]
fn advice_names_the_risky_choices() {
    let mut link = ten_units();
    assert_eq!(
        advice(&link),
        vec![Advice::SmallGroupsWithRole { units: 10 }]
    );
    link.asks_role = false;
    link.min_group = 3;
    assert_eq!(advice(&link), vec![Advice::SmallMinimumGroup { min: 3 }]);
    link.units.truncate(3);
    link.asks_role = true;
    link.min_group = 5;
    assert_eq!(advice(&link), Vec::new());
    for lang in Lang::ALL {
        let message = Advice::SmallMinimumGroup { min: 4 }.message(lang);
        assert!(message.contains('4') && !message.contains('{'), "{message}");
    }
}

#[test]
fn the_kit_carries_both_links_and_every_setting() {
    let link = ten_units();
    let links = Links::new("https://candor.example.org/", &link);
    for lang in Lang::ALL {
        let file = kit_file(&link, &links, lang);
        for needed in [
            &links.survey,
            &links.summary,
            &link.title,
            &link.id,
            &link.send_to,
        ] {
            assert!(file.contains(needed.as_str()), "{lang:?}: {needed}");
        }
        assert!(file.contains("Emergency; Intensive care"));
        assert!(!file.contains('{'), "{file}");
        let invitation = invitation(&link, &links, lang);
        assert!(invitation.contains(&links.survey) && invitation.contains(&link.send_to));
        assert!(!invitation.contains('{'));
    }
    assert_eq!(kit_file_name(&link), "candor-staff-wellbeing-2026.txt");
    // With slips, the invitation says that a slip is needed, and how to use it.
    let slips = SurveyLink {
        slips: true,
        ..link.clone()
    };
    let links = Links::new("https://candor.example.org/", &slips);
    for (lang, words) in [
        (Lang::En, "single-use slip"),
        (Lang::Es, "papeleta de un solo uso"),
    ] {
        assert!(invitation(&slips, &links, lang).contains(words), "{lang:?}");
        assert!(!invitation(&link, &links, lang).contains(words), "{lang:?}");
    }
}

/// Asking for shared devices adds a link that differs only in `k`; the survey link and the
/// summary link stay those of personal devices, and the kit lists all three.
#[test]
fn shared_devices_get_a_link_of_their_own() {
    let personal = ten_units();
    let base = "https://candor.example.org/";
    assert_eq!(Links::new(base, &personal).shared, None);
    let asked = personal.on_device(true);
    let links = Links::new(base, &asked);
    assert_eq!(links.survey, Links::new(base, &personal).survey);
    assert_eq!(links.summary, Links::new(base, &personal).summary);
    let shared = links.shared.clone().unwrap();
    let query = shared.split_once('?').map(|(_, q)| q).unwrap();
    assert_eq!(SurveyLink::parse(query), Ok(asked.clone()));
    for lang in Lang::ALL {
        let file = kit_file(&asked, &links, lang);
        assert!(
            file.contains(&shared) && file.contains(&links.survey),
            "{file}"
        );
        assert!(!file.contains('{'), "{file}");
        assert!(!kit_file(&personal, &Links::new(base, &personal), lang).contains("k=1"));
    }
    // Codes do not change: editing the setting alone changes nothing collected.
    assert_eq!(edit_effect(&personal, &asked), EditEffect::Same);
}

#[test]
fn trimmed_settings_are_what_the_reader_reads() {
    let mut link = ten_units();
    link.units[1] = "Emergency ".into();
    link.title = "  Staff wellbeing 2026 ".into();
    // Untrimmed, "Emergency " looks like a new unit; the link would be refused when opened.
    assert_eq!(link.validate(), Ok(()));
    let trimmed = link.trimmed();
    assert_eq!(
        trimmed.validate(),
        Err(LinkError::DuplicateUnit("Emergency".into()))
    );
    trimmed.units.iter().for_each(|u| assert_eq!(u.trim(), u));
}

#[test]
fn the_qr_code_is_an_svg_of_the_link() {
    let links = Links::new("https://candor.example.org/", &ten_units());
    let svg = qr_svg(&links.survey, "QR \"code\" <link>").unwrap();
    assert!(svg.starts_with("<svg ") && svg.ends_with("</svg>"));
    assert!(svg.contains("aria-label=\"QR &quot;code&quot; &lt;link>\""));
    // A link this long needs a version of at least 10 (57 modules), plus the quiet zone.
    let side: i32 = svg
        .split("viewBox=\"0 0 ")
        .nth(1)
        .and_then(|rest| rest.split(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap();
    assert!((57 + 8..=177 + 8).contains(&side), "{side}");
    assert_eq!(qr_svg(&"x".repeat(5000), "too long"), None);
}

// The staff invited.

/// The staff numbers typed: `total`, then one per unit.
fn staff_of(setup: &Setup) -> (&str, Vec<&str>) {
    (
        setup.staff(),
        setup.unit_staff().iter().map(String::as_str).collect(),
    )
}

#[test]
fn staff_numbers_are_kept_as_typed_and_linked_when_valid() {
    let mut setup = with_units(&["Emergency", "Surgery", "Pharmacy"]);
    setup.apply(Action::Title("Staff wellbeing".into()));
    assert_eq!(staff_of(&setup), ("", vec!["", "", ""]));
    assert_eq!(setup.checked().staff, Staff::default());

    setup.apply(Action::Staff(" 120 ".into()));
    setup.apply(Action::UnitStaff(0, "40".into()));
    setup.apply(Action::UnitStaff(2, "12\n".into()));
    // Out of range: nothing changes.
    setup.apply(Action::UnitStaff(3, "9".into()));
    assert_eq!(staff_of(&setup), (" 120 ", vec!["40", "", "12 "]));
    let expected = Staff {
        total: Some(120),
        units: vec![Some(40), None, Some(12)],
    };
    assert_eq!(setup.checked().staff, expected);
    assert_eq!(setup.settings().map(|link| link.staff), Ok(expected));

    // Emptied again: none per unit rather than three empty entries.
    setup.apply(Action::UnitStaff(0, String::new()));
    setup.apply(Action::UnitStaff(2, "  ".into()));
    setup.apply(Action::Staff(String::new()));
    assert_eq!(
        setup.settings().map(|link| link.staff),
        Ok(Staff::default())
    );
    // The biggest number allowed is linked.
    setup.apply(Action::Staff(MAX_STAFF.to_string()));
    assert_eq!(setup.checked().staff.total, Some(1_000_000));
}

#[test]
fn an_invalid_staff_number_shows_after_its_field_is_left_or_the_links_are_made() {
    let mut setup = with_units(&["Emergency", "Surgery"]);
    setup.apply(Action::Title("Staff wellbeing".into()));
    setup.apply(Action::Staff("12a".into()));
    setup.apply(Action::UnitStaff(1, "0".into()));
    // The first problem stops the links, but none shows yet.
    assert_eq!(setup.settings(), Err(LinkError::Invalid(Field::Staff)));
    assert_eq!(setup.problem(Field::Staff), None);
    assert_eq!(setup.unit_staff_problem(1), None);
    // What cannot be read is not linked meanwhile.
    assert_eq!(setup.checked().staff, Staff::default());

    setup.apply(Action::Visit(Field::Staff));
    assert_eq!(
        setup.problem(Field::Staff),
        Some(LinkError::Invalid(Field::Staff))
    );
    assert_eq!(setup.unit_staff_problem(1), None);
    setup.apply(Action::Visit(Field::UnitStaff));
    assert_eq!(setup.unit_staff_problem(0), None);
    assert_eq!(
        setup.unit_staff_problem(1),
        Some(LinkError::Invalid(Field::UnitStaff))
    );
    assert_eq!(
        setup.problem(Field::UnitStaff),
        Some(LinkError::Invalid(Field::UnitStaff))
    );
    assert_eq!(
        setup.unit_staff_problem(1).map(|p| p.message(Lang::En)),
        Some("Each unit's number of staff invited must be a whole number from 1 to 1000000, or left empty; the link holds one entry per unit.".to_string())
    );

    setup.apply(Action::Staff("120".into()));
    assert_eq!(setup.problem(Field::Staff), None);
    assert_eq!(setup.settings(), Err(LinkError::Invalid(Field::UnitStaff)));
    for bad in ["012", "-3", "1000001", "1.5", "٣"] {
        setup.apply(Action::UnitStaff(1, bad.into()));
        assert_eq!(
            setup.settings(),
            Err(LinkError::Invalid(Field::UnitStaff)),
            "{bad}"
        );
    }
    setup.apply(Action::UnitStaff(1, "30".into()));
    assert_eq!(setup.unit_staff_problem(1), None);
    assert_eq!(
        setup.settings().map(|link| link.staff),
        Ok(Staff {
            total: Some(120),
            units: vec![None, Some(30)],
        })
    );
}

#[test]
fn an_invalid_staff_number_shows_once_the_links_are_made() {
    let mut setup = with_units(&["Emergency"]);
    setup.apply(Action::Title("Staff wellbeing".into()));
    setup.apply(Action::Staff("lots".into()));
    setup.apply(Action::UnitStaff(0, "0".into()));
    setup.apply(Action::Make);
    assert!(setup.needs_fixing());
    assert_eq!(setup.made_settings(), None);
    assert_eq!(
        setup.problem(Field::Staff),
        Some(LinkError::Invalid(Field::Staff))
    );
    assert_eq!(
        setup.unit_staff_problem(0),
        Some(LinkError::Invalid(Field::UnitStaff))
    );
}

#[test]
fn each_units_staff_number_moves_and_goes_with_its_unit() {
    let mut setup = with_units(&["Emergency", "Surgery", "Pharmacy"]);
    setup.apply(Action::UnitStaff(0, "40".into()));
    setup.apply(Action::UnitStaff(1, "25".into()));
    setup.apply(Action::UnitStaff(2, "7".into()));

    setup.apply(Action::Unit(UnitAction::Up(2)));
    assert_eq!(units(&setup), ["Emergency", "Pharmacy", "Surgery"]);
    assert_eq!(staff_of(&setup).1, ["40", "7", "25"]);
    setup.apply(Action::Unit(UnitAction::Down(0)));
    assert_eq!(units(&setup), ["Pharmacy", "Emergency", "Surgery"]);
    assert_eq!(staff_of(&setup).1, ["7", "40", "25"]);
    // Renaming keeps the number; moves past the ends change nothing.
    setup.apply(Action::Unit(UnitAction::Rename(1, "ER".into())));
    setup.apply(Action::Unit(UnitAction::Up(0)));
    setup.apply(Action::Unit(UnitAction::Down(2)));
    assert_eq!(staff_of(&setup).1, ["7", "40", "25"]);

    setup.apply(Action::Unit(UnitAction::Remove(0)));
    assert_eq!(units(&setup), ["ER", "Surgery"]);
    assert_eq!(staff_of(&setup).1, ["40", "25"]);
    setup.apply(Action::Unit(UnitAction::Remove(5)));
    assert_eq!(staff_of(&setup).1, ["40", "25"]);

    setup.apply(Action::Unit(UnitAction::Add));
    assert_eq!(staff_of(&setup).1, ["40", "25", ""]);
    setup.apply(Action::Unit(UnitAction::Rename(2, "Radiology".into())));
    assert_eq!(setup.checked().staff.units, vec![Some(40), Some(25), None]);

    // At the most units, an add adds no number either.
    let mut full = with_units(&[]);
    for _ in 0..usize::from(MAX_UNITS) + 2 {
        full.apply(Action::Unit(UnitAction::Add));
    }
    assert_eq!(full.unit_staff().len(), usize::from(MAX_UNITS));

    // Removing the last numbered unit leaves no per-unit numbers in the link.
    let mut setup = with_units(&["Emergency", "Surgery"]);
    setup.apply(Action::UnitStaff(1, "25".into()));
    setup.apply(Action::Unit(UnitAction::Remove(1)));
    assert_eq!(staff_of(&setup).1, [""]);
    assert_eq!(setup.checked().staff.units, Vec::<Option<u64>>::new());
}

#[test]
fn editing_a_survey_fills_its_staff_numbers_and_keeps_its_identity() {
    let mut link = ten_units();
    link.units.truncate(3);
    let query = format!("{}&h=120&hu=40,,12", link.to_query());
    let mut setup = Setup::open(&format!("#/edit?{query}"), ID.into(), FRESH.into());
    assert_eq!(setup.opened(), &Opened::Edit);
    assert_eq!(staff_of(&setup), ("120", vec!["40", "", "12"]));
    assert_eq!(
        setup.checked().staff,
        Staff {
            total: Some(120),
            units: vec![Some(40), None, Some(12)],
        }
    );
    assert_eq!(setup.effect(), Some(EditEffect::Same));
    // Changing the numbers changes no code: same identifier, same effect.
    setup.apply(Action::Staff("150".into()));
    setup.apply(Action::UnitStaff(1, "30".into()));
    assert_eq!(setup.effect(), Some(EditEffect::Same));
    assert_eq!(setup.checked().id, link.id);
    assert!(!setup.id_locked());
    // Opened from what the setup page made, the same numbers come back.
    let made = setup.settings().expect("valid");
    let again = Setup::open(
        &format!("#/edit?{}", made.to_summary_query()),
        ID.into(),
        FRESH.into(),
    );
    assert_eq!(staff_of(&again), ("150", vec!["40", "30", "12"]));
    assert_eq!(again.settings(), Ok(made));

    // An edit link without them: nothing typed, one empty entry per unit.
    let plain = editing(&link);
    assert_eq!(staff_of(&plain), ("", vec!["", "", ""]));
}

#[test]
fn the_summary_link_carries_the_staff_numbers_and_the_survey_link_never() {
    let mut setup = with_units(&["Emergency", "Surgery"]);
    setup.apply(Action::Id("K7M2Q9XT4B".into()));
    setup.apply(Action::Title("Pulse".into()));
    setup.apply(Action::Staff("120".into()));
    setup.apply(Action::UnitStaff(1, "25".into()));
    setup.apply(Action::Make);
    let link = setup.made_settings().expect("valid");
    let links = Links::new("https://candor.example.org/", &link);
    assert_eq!(
        links.survey,
        "https://candor.example.org/#/survey?v=1&id=K7M2Q9XT4B&t=Pulse&u=Emergency&u=Surgery"
    );
    assert_eq!(
        links.summary,
        "https://candor.example.org/organizer/#/summary?v=1&id=K7M2Q9XT4B&t=Pulse&u=Emergency&u=Surgery&h=120&hu=%2C25"
    );
    let mut shared = link.clone();
    shared.shared = true;
    let shared_link = Links::new("https://candor.example.org/", &shared).shared;
    assert!(shared_link.is_some_and(|l| !l.contains("h=") && !l.contains("hu=")));

    // The file that keeps the survey says them in words, in both languages.
    let en = kit_file(&link, &links, Lang::En);
    assert!(
        en.contains(
            "\nStaff invited: 120\nStaff invited per unit: Emergency: not given; Surgery: 25\n"
        ),
        "{en}"
    );
    let es = kit_file(&link, &links, Lang::Es);
    assert!(
        es.contains("\nPersonas invitadas: 120\nPersonas invitadas por unidad: Emergency: no indicado; Surgery: 25\n"),
        "{es}"
    );
    // Without numbers: "not given", and no per-unit line without units.
    let mut bare = SurveyLink::new("K7M2Q9XT4B".into());
    bare.title = "Pulse".into();
    let file = kit_file(&bare, &Links::new("https://x.example/", &bare), Lang::En);
    assert!(
        file.contains("\nStaff invited: not given\nPlausible"),
        "{file}"
    );
}

// Single-use slips: the setting and its key.

const BASE: &str = "https://candor.example.org/";
/// Bytes a shell might draw for a key, and others drawn later.
const KEY_BYTES: [u8; 16] = [
    0x3a, 0x91, 0x07, 0xee, 0x52, 0x18, 0xc4, 0x6d, 0x9f, 0x20, 0x7b, 0x05, 0xd3, 0x44, 0xa8, 0x1c,
];
const OTHER_BYTES: [u8; 16] = [9; 16];

/// A new survey titled "Pulse" with identifier K7M2Q9XT4B and `count` slips typed.
fn with_slips(count: &str) -> Setup {
    let mut setup = new_form();
    setup.apply(Action::Id("K7M2Q9XT4B".into()));
    setup.apply(Action::Title("Pulse".into()));
    setup.apply(Action::ToggleSlips(Some(KEY_BYTES)));
    setup.apply(Action::SlipCount(count.into()));
    setup
}

/// The form opened from a summary link, as "Edit this survey" opens it.
fn editing_summary(link: &SurveyLink) -> Setup {
    Setup::open(
        &format!("#/edit?{}", link.to_summary_query()),
        ID.into(),
        FRESH.into(),
    )
}

#[test]
fn switching_slips_on_makes_the_key_once_from_the_shells_bytes() {
    let mut setup = new_form();
    assert!(!setup.link().slips);
    assert_eq!((setup.slip_key(), setup.slip_count()), (None, ""));
    setup.apply(Action::ToggleSlips(Some(KEY_BYTES)));
    assert!(setup.link().slips);
    let key = SlipKey::from_bytes(KEY_BYTES);
    assert_eq!(setup.slip_key(), Some(key));
    // Off and on again, with other bytes: the key stays; it is never made twice.
    setup.apply(Action::ToggleSlips(Some(OTHER_BYTES)));
    assert!(!setup.link().slips);
    assert_eq!(setup.slip_key(), Some(key));
    setup.apply(Action::ToggleSlips(Some(OTHER_BYTES)));
    assert_eq!(setup.slip_key(), Some(key));
    // Nothing else changes it: typing, other settings, making the links.
    for action in [
        Action::SlipCount("40".into()),
        Action::Title("Pulse".into()),
        Action::ToggleRole,
        Action::Deniability(Some(Deniability::Standard)),
        Action::Make,
    ] {
        setup.apply(action);
        assert_eq!(setup.slip_key(), Some(key));
    }
    assert!(!setup.slip_key_missing());
    assert_eq!(setup.problem(Field::SlipKey), None);
}

#[test]
fn without_random_bytes_no_key_is_made_and_the_form_says_so() {
    let mut setup = new_form();
    setup.apply(Action::Title("Pulse".into()));
    setup.apply(Action::SlipCount("20".into()));
    setup.apply(Action::ToggleSlips(None));
    assert!(setup.link().slips && setup.slip_key_missing());
    assert_eq!(setup.slip_key(), None);
    assert_eq!(setup.settings(), Err(LinkError::Missing(Field::SlipKey)));
    // Shown at once: nothing the organizer types would fix it.
    assert_eq!(
        setup.problem(Field::SlipKey),
        Some(LinkError::Missing(Field::SlipKey))
    );
    assert_eq!(
        LinkError::Missing(Field::SlipKey).message(Lang::En),
        "The survey's slips' key is missing."
    );
    // Off, no problem; on again with bytes, a key.
    setup.apply(Action::ToggleSlips(None));
    assert_eq!(setup.problem(Field::SlipKey), None);
    assert!(setup.settings().is_ok());
    setup.apply(Action::ToggleSlips(Some(KEY_BYTES)));
    assert_eq!(setup.slip_key(), Some(SlipKey::from_bytes(KEY_BYTES)));
    assert!(setup.settings().is_ok());
}

#[test]
fn the_number_of_slips_is_a_whole_number_from_one_to_four_thousand() {
    assert_eq!(MAX_SLIPS, 4000);
    for (typed, read) in [("1", Ok(1)), (" 20 ", Ok(20)), ("4000", Ok(4000))] {
        assert_eq!(typed_slips(typed), read, "{typed}");
    }
    for bad in [
        "", "0", "4001", "ten", "012", "-5", "2.5", "1e3", "20 slips", "٣",
    ] {
        assert_eq!(
            typed_slips(bad),
            Err(LinkError::Invalid(Field::SlipsPrinted)),
            "{bad}"
        );
        let mut setup = with_slips(bad);
        assert_eq!(
            setup.settings(),
            Err(LinkError::Invalid(Field::SlipsPrinted)),
            "{bad}"
        );
        // Beside its field once left, or once the links are made.
        assert_eq!(setup.problem(Field::SlipsPrinted), None);
        setup.apply(Action::Visit(Field::SlipsPrinted));
        assert_eq!(
            setup.problem(Field::SlipsPrinted),
            Some(LinkError::Invalid(Field::SlipsPrinted))
        );
        // What cannot be read is not linked meanwhile.
        assert_eq!(setup.checked().slip_check, None);
    }
    let mut setup = with_slips("ten");
    setup.apply(Action::Make);
    let problem = setup.problem(Field::SlipsPrinted).unwrap();
    assert_eq!(
        problem.message(Lang::En),
        "The number of slips must be a whole number from 1 to 4000."
    );
    assert_eq!(
        problem.message(Lang::Es),
        "El número de papeletas debe ser un número entero entre 1 y 4000."
    );
    assert!(setup.needs_fixing() && setup.made_settings().is_none());
    // With slips off, whatever is typed in their number is no problem.
    setup.apply(Action::ToggleSlips(None));
    assert_eq!(setup.problem(Field::SlipsPrinted), None);
    assert!(setup.made_settings().is_some_and(|link| !link.slips));
}

#[test]
fn the_survey_link_says_slips_and_only_the_summary_link_holds_the_key() {
    let mut setup = with_slips("20");
    setup.apply(Action::Make);
    let link = setup.made_settings().expect("valid");
    let key = SlipKey::from_bytes(KEY_BYTES);
    assert!(link.slips && link.slip.is_none());
    assert_eq!(link.slip_check.map(|c| (c.key, c.count)), Some((key, 20)));
    let links = Links::new(BASE, &link);
    assert_eq!(
        links.survey,
        "https://candor.example.org/#/survey?v=4&id=K7M2Q9XT4B&t=Pulse&p=1"
    );
    assert_eq!(
        links.summary,
        format!(
            "https://candor.example.org/organizer/#/summary?v=4&id=K7M2Q9XT4B&t=Pulse&p=1&pn=20&pk={}",
            key.to_text()
        )
    );
    // A slip's own link is the survey link with the slip, and nothing of the organizer's.
    let slip = key.slip(7);
    let own = slip_link(BASE, &link, slip);
    assert_eq!(
        own,
        format!("{}&pc={}", links.survey, slip.code().replace('-', ""))
    );
    let query = own.split_once('?').map(|(_, q)| q).unwrap();
    let read = SurveyLink::parse(query).unwrap();
    assert_eq!((read.slip, read.slip_check), (Some(slip), None));
    assert!(!own.contains("pk=") && !own.contains("pn="));
    // The same for a survey also run on shared devices: slips' own links are personal ones.
    let mut both = link.clone();
    both.shared = true;
    let links = Links::new(BASE, &both);
    assert_eq!(
        links.shared.as_deref(),
        Some("https://candor.example.org/#/survey?v=4&id=K7M2Q9XT4B&t=Pulse&k=1&p=1")
    );
    assert_eq!(slip_link(BASE, &both, slip), own);
}

#[test]
fn the_survey_file_keeps_the_key_and_says_to_keep_it_private() {
    let link = with_slips("20").settings().unwrap();
    let links = Links::new(BASE, &link);
    let en = kit_file(&link, &links, Lang::En);
    assert!(
        en.contains(&format!("{}\n\nSINGLE-USE SLIPS: the summary link above holds the slips' secret key. Keep it, and this file, private: whoever has the key can make slips that count.\n", links.summary)),
        "{en}"
    );
    assert!(
        en.contains("\nSingle-use slips: on; slips printed: 20\n"),
        "{en}"
    );
    let es = kit_file(&link, &links, Lang::Es);
    assert!(
        es.contains(&format!("{}\n\nPAPELETAS DE UN SOLO USO: el enlace del resumen de arriba contiene la clave secreta de las papeletas.", links.summary)),
        "{es}"
    );
    assert!(
        es.contains("\nPapeletas de un solo uso: activadas; papeletas impresas: 20\n"),
        "{es}"
    );
    // Without slips: off, and no word of a key.
    let plain = ten_units();
    let file = kit_file(&plain, &Links::new(BASE, &plain), Lang::En);
    assert!(
        file.contains("\nSingle-use slips: off\n") && !file.contains("key"),
        "{file}"
    );
}

#[test]
fn editing_keeps_the_key_and_the_number_of_slips() {
    let made = with_slips("20").settings().unwrap();
    let key = SlipKey::from_bytes(KEY_BYTES);
    let mut setup = editing_summary(&made);
    assert_eq!(setup.opened(), &Opened::Edit);
    assert_eq!((setup.slip_key(), setup.slip_count()), (Some(key), "20"));
    assert_eq!(setup.effect(), Some(EditEffect::Same));
    assert_eq!(setup.settings(), Ok(made.clone()));
    // Switching slips on and off and on, with new bytes each time, keeps the opened key.
    setup.apply(Action::ToggleSlips(Some(OTHER_BYTES)));
    assert_eq!(setup.effect(), Some(EditEffect::SlipsOff));
    setup.apply(Action::ToggleSlips(Some(OTHER_BYTES)));
    assert_eq!(setup.slip_key(), Some(key));
    assert_eq!(setup.effect(), Some(EditEffect::Same));

    // More slips extend the serials with the same key; the new ones start after the old.
    setup.apply(Action::SlipCount("30".into()));
    assert_eq!(setup.effect(), Some(EditEffect::Same));
    assert_eq!(setup.new_slips_from(), Some(20));
    let more = setup.settings().unwrap();
    assert_eq!(more.slip_check.map(|c| (c.key, c.count)), Some((key, 30)));
    // Fewer keep the first ones, and say that printed slips beyond them no longer count.
    setup.apply(Action::SlipCount("12".into()));
    assert_eq!(
        setup.effect(),
        Some(EditEffect::FewerSlips {
            before: 20,
            after: 12
        })
    );
    assert_eq!(setup.new_slips_from(), None);
    // A number not yet valid says nothing yet.
    setup.apply(Action::SlipCount("".into()));
    assert_eq!(setup.effect(), Some(EditEffect::Same));

    // Opening the edited link again keeps its key and number.
    setup.apply(Action::SlipCount("30".into()));
    let again = editing_summary(&setup.settings().unwrap());
    assert_eq!((again.slip_key(), again.slip_count()), (Some(key), "30"));
    assert_eq!(again.new_slips_from(), None);
}

#[test]
fn switching_slips_on_in_an_edit_says_earlier_codes_are_kept_apart() {
    let mut setup = editing_summary(&ten_units());
    setup.apply(Action::ToggleSlips(Some(KEY_BYTES)));
    setup.apply(Action::SlipCount("200".into()));
    assert_eq!(setup.effect(), Some(EditEffect::SlipsOn));
    // The survey stays itself: same identifier, same units.
    let link = setup.settings().unwrap();
    assert_eq!(link.id, ten_units().id);
    assert!(link.to_query().starts_with("v=4&") && link.to_query().ends_with("&p=1"));
    // Changes that do more to collected codes are named first.
    setup.apply(Action::ToggleRole);
    assert_eq!(setup.effect(), Some(EditEffect::Reshaped));
    setup.apply(Action::ToggleRole);
    setup.apply(Action::Deniability(Some(Deniability::Strong)));
    assert_eq!(setup.effect(), Some(EditEffect::Remoded));
}

#[test]
fn a_survey_link_with_slips_holds_no_key_and_a_new_one_is_said_to_drop_the_old_slips() {
    let made = with_slips("20").settings().unwrap();
    // Opened from the survey link (or a slip's own), which hold no key.
    let mut own = made.clone();
    own.slip = Some(SlipKey::from_bytes(KEY_BYTES).slip(3));
    let mut setup = editing(&own);
    assert_eq!(setup.link().slip, None);
    assert!(setup.slip_key_missing());
    assert_eq!(setup.slip_count(), "");
    assert_eq!(
        setup.problem(Field::SlipKey),
        Some(LinkError::Missing(Field::SlipKey))
    );
    setup.apply(Action::SlipCount("20".into()));
    assert_eq!(setup.settings(), Err(LinkError::Missing(Field::SlipKey)));
    // Off and on makes a new key: the slips printed before will not count, and the form says so.
    setup.apply(Action::ToggleSlips(Some(OTHER_BYTES)));
    setup.apply(Action::ToggleSlips(Some(OTHER_BYTES)));
    assert_eq!(setup.slip_key(), Some(SlipKey::from_bytes(OTHER_BYTES)));
    assert_eq!(setup.effect(), Some(EditEffect::NewSlipKey));
    assert_eq!(setup.new_slips_from(), None);
    // Between two links with different keys, the same.
    let mut other = made.clone();
    other.slip_check = other.slip_check.map(|mut c| {
        c.key = SlipKey::from_bytes(OTHER_BYTES);
        c
    });
    assert_eq!(edit_effect(&made, &other), EditEffect::NewSlipKey);
    assert_eq!(edit_effect(&made, &made), EditEffect::Same);
}

// Single-use slips: the sheet.

#[test]
fn a_shuffle_is_a_permutation_fixed_by_its_seed() {
    let mut order: Vec<u16> = (0..10).collect();
    shuffle(&mut order, [0; 16]);
    assert_eq!(order, [1, 0, 2, 6, 3, 8, 7, 5, 4, 9]);
    let mut again: Vec<u16> = (0..10).collect();
    shuffle(&mut again, [0; 16]);
    assert_eq!(again, order);
    let mut other: Vec<u16> = (0..10).collect();
    shuffle(&mut other, [1; 16]);
    assert_ne!(other, order);
    for n in [0usize, 1, 2, 3, 17, 2000, 4000] {
        for seed in 0..20u8 {
            let mut items: Vec<usize> = (0..n).collect();
            shuffle(&mut items, [seed; 16]);
            let mut sorted = items.clone();
            sorted.sort_unstable();
            assert_eq!(sorted, (0..n).collect::<Vec<_>>(), "n = {n}");
        }
    }
}

/// Every order of three items comes up about as often: 6,000 seeds give each of the six orders
/// 1,000 times on average; a fair shuffle stays within ±150 (about 4.1 standard deviations).
#[test]
fn every_order_is_equally_likely() {
    let mut seen: std::collections::HashMap<Vec<u8>, usize> = Default::default();
    for i in 0..6000u32 {
        let mut seed = [0u8; 16];
        seed[..4].copy_from_slice(&i.to_le_bytes());
        let mut items = vec![0u8, 1, 2];
        shuffle(&mut items, seed);
        *seen.entry(items).or_default() += 1;
    }
    assert_eq!(seen.len(), 6);
    for (order, count) in seen {
        assert!((850..=1150).contains(&count), "{order:?}: {count}");
    }
}

#[test]
fn the_grid_puts_the_most_slips_on_a_page_with_modules_of_at_least_six_tenths_of_a_millimetre() {
    // A small survey's slip: version 11, 61 modules and the quiet zone.
    assert_eq!(
        Grid::for_qr(69),
        Grid {
            columns: 4,
            rows: 3,
            beside: false,
            qr: 415
        }
    );
    // A shorter link: more slips.
    assert_eq!(
        Grid::for_qr(45),
        Grid {
            columns: 4,
            rows: 4,
            beside: false,
            qr: 282
        }
    );
    // Version 40, the largest: two to a page, the texts beside the code.
    assert_eq!(
        Grid::for_qr(185),
        Grid {
            columns: 1,
            rows: 2,
            beside: true,
            qr: 1175
        }
    );
    let mut last = usize::MAX;
    for side in (21 + 8..=177 + 8).step_by(4) {
        let grid = Grid::for_qr(side);
        // Every module at least 0.6 mm wherever a page can give it.
        assert!(grid.qr >= side * MIN_MODULE, "{side}: {grid:?}");
        // Larger codes never put more on a page.
        assert!(grid.per_page() <= last, "{side}: {grid:?}");
        last = grid.per_page();
        // The code fits its cell with the padding and the texts.
        let (width, height) = Grid::cell(grid.columns, grid.rows);
        assert!(grid.qr + 2 * SLIP_PADDING <= width.min(height), "{side}");
    }
}

#[test]
fn paper_follows_the_browsers_region() {
    for (tag, paper) in [
        ("en-US", Paper::Letter),
        ("es-MX", Paper::Letter),
        ("es-us", Paper::Letter),
        ("en_CA", Paper::Letter),
        ("en-GB", Paper::A4),
        ("es-ES", Paper::A4),
        ("es-AR", Paper::A4),
        ("en", Paper::Letter),
        ("", Paper::Letter),
    ] {
        assert_eq!(Paper::for_language_tag(tag), paper, "{tag}");
    }
}

/// The page box, its foot and the slips' padding are drawn by `static/setup.css` and laid out
/// here: the two must agree, and each paper's page rule must leave room for the box.
#[test]
fn the_stylesheet_draws_the_grids_box() {
    let css = include_str!("../static/setup.css");
    let declared = |name: &str| -> String {
        let at = css
            .find(&format!("{name}:"))
            .unwrap_or_else(|| panic!("{name} not in setup.css"));
        css[at + name.len() + 1..]
            .split(';')
            .next()
            .unwrap()
            .trim()
            .to_string()
    };
    let mm = |tenths: u32| format!("{}mm", f64::from(tenths) / 10.0);
    assert_eq!(declared("--sheet-width"), mm(PAGE_WIDTH));
    assert_eq!(declared("--sheet-height"), mm(PAGE_HEIGHT));
    assert_eq!(declared("--sheet-foot"), mm(PAGE_FOOT));
    assert_eq!(declared("--slip-padding"), mm(SLIP_PADDING));
    // A browser that does not know named pages prints with the page's plain margins: the box
    // fits both papers there too.
    let plain = css
        .split("@page { margin: ")
        .nth(1)
        .and_then(|rest| rest.split("mm").next())
        .and_then(|m| m.parse::<f64>().ok())
        .expect("the setup page's plain print margins");
    for paper in Paper::ALL {
        let (width, height) = paper.size();
        assert!(f64::from(width) / 10.0 - 2.0 * plain >= f64::from(PAGE_WIDTH) / 10.0);
        assert!(f64::from(height) / 10.0 - 2.0 * plain >= f64::from(PAGE_HEIGHT) / 10.0);
    }
    for paper in Paper::ALL {
        let rule = format!("@page slips-{} {{", paper.name());
        let at = css.find(&rule).unwrap_or_else(|| panic!("{rule}"));
        let body = css[at + rule.len()..].split('}').next().unwrap();
        let margin: Vec<f64> = body
            .split("margin:")
            .nth(1)
            .unwrap()
            .split(';')
            .next()
            .unwrap()
            .split_whitespace()
            .map(|m| m.trim_end_matches("mm").parse().unwrap())
            .collect();
        let (width, height) = paper.size();
        let room = |paper: u32, margin: f64| f64::from(paper) / 10.0 - 2.0 * margin;
        let (across, down) = (room(width, margin[1]), room(height, margin[0]));
        for (room, used) in [(across, PAGE_WIDTH), (down, PAGE_HEIGHT)] {
            let used = f64::from(used) / 10.0;
            assert!(
                room >= used && room <= used + 1.0,
                "{paper:?}: {room} for {used}"
            );
        }
    }
}

/// The sheet of a survey with slips, at `fragment`, with a fixed seed.
fn sheet_of(fragment: &str) -> Result<Sheet, SheetError> {
    Sheet::open(fragment, BASE, Some([42; 16]), Lang::En, Paper::Letter)
}

fn build_all(sheet: &mut Sheet) {
    while !sheet.done() {
        sheet.apply(SheetAction::Build);
    }
}

/// The slip codes printed on pages of markup, in order.
fn printed_codes(pages: &[std::rc::Rc<str>]) -> Vec<String> {
    pages
        .iter()
        .flat_map(|page| {
            page.split("<p class=\"sheet__code\">")
                .skip(1)
                .map(|rest| rest.split('<').next().unwrap().to_string())
                .collect::<Vec<_>>()
        })
        .collect()
}

#[test]
fn the_sheet_prints_every_slip_once_in_the_seeds_order() {
    let made = with_slips("20").settings().unwrap();
    let key = SlipKey::from_bytes(KEY_BYTES);
    let fragment = format!("#/slips?{}", made.to_summary_query());
    let mut sheet = sheet_of(&fragment).unwrap();
    assert_eq!(
        (sheet.len(), sheet.title(), sheet.lang()),
        (20, "Pulse", Lang::En)
    );
    let mut expected: Vec<u16> = (0..20).collect();
    shuffle(&mut expected, [42; 16]);
    assert_eq!(sheet.order(), expected);
    assert_ne!(sheet.order(), (0..20).collect::<Vec<_>>());
    // The same address opened with another seed: another order.
    let other = Sheet::open(&fragment, BASE, Some([7; 16]), Lang::En, Paper::A4).unwrap();
    assert_ne!(other.order(), sheet.order());

    // Sixteen to a page (a short link, a small code): two pages, written one at a time.
    assert_eq!(sheet.qr_side(), 45);
    assert_eq!(sheet.grid().per_page(), 16);
    assert_eq!(sheet.page_count(), 2);
    assert_eq!(
        (sheet.pages().len(), sheet.built(), sheet.done()),
        (0, 0, false)
    );
    sheet.apply(SheetAction::Build);
    assert_eq!(
        (sheet.pages().len(), sheet.built(), sheet.done()),
        (1, 16, false)
    );
    sheet.apply(SheetAction::Build);
    assert_eq!((sheet.built(), sheet.done()), (20, true));
    sheet.apply(SheetAction::Build);
    assert_eq!(sheet.pages().len(), 2);

    // Each slip: its code, in the shuffled order, and the QR code of its own link.
    let codes = printed_codes(sheet.pages());
    let in_order: Vec<String> = expected.iter().map(|&s| key.slip(s).code()).collect();
    assert_eq!(codes, in_order);
    let first = key.slip(expected[0]);
    let svg = qr_svg(
        &slip_link(BASE, &made, first),
        "QR code of this slip's survey link",
    )
    .unwrap();
    assert!(sheet.pages()[0].contains(&svg));
    assert!(sheet.pages()[0].contains("width=\"28.2mm\" height=\"28.2mm\""));
    assert!(sheet.pages()[0].contains("sheet__grid sheet__grid--c4 sheet__grid--r4\""));
    assert_eq!(
        sheet.pages()[0]
            .matches("<li class=\"sheet__slip\">")
            .count(),
        16
    );
    assert_eq!(
        sheet.pages()[1]
            .matches("<li class=\"sheet__slip\">")
            .count(),
        4
    );
    for page in sheet.pages() {
        assert_eq!(page.matches("Pulse").count(), page.matches("<li").count());
        assert!(page.contains("One slip, one response."));
        assert!(page.contains("never hand them out by name or from a list"));
    }
    assert!(sheet.pages()[1].contains("aria-label=\"Slips, page 2 of 2\""));
    // Paper changes nothing written.
    sheet.apply(SheetAction::Paper(Paper::A4));
    assert_eq!((sheet.paper(), sheet.pages().len()), (Paper::A4, 2));
}

#[test]
fn the_sheet_is_written_in_the_surveys_language_else_the_pages() {
    let mut setup = with_slips("3");
    setup.apply(Action::Title("Bienestar <2026> & \"más\"".into()));
    let made = setup.settings().unwrap();
    let mut sheet = sheet_of(&format!("#/slips?{}", made.to_summary_query())).unwrap();
    build_all(&mut sheet);
    assert!(sheet.pages()[0].contains("lang=\"en\"") && sheet.pages()[0].contains("One slip"));
    // Titles are text, never markup.
    assert!(sheet.pages()[0].contains("Bienestar &lt;2026&gt; &amp; &quot;más&quot;"));
    // No language set: the page's; switching it writes the pages again.
    sheet.apply(SheetAction::Lang(Lang::Es));
    assert_eq!((sheet.lang(), sheet.pages().len()), (Lang::Es, 0));
    build_all(&mut sheet);
    assert!(sheet.pages()[0].contains("Una papeleta, una respuesta."));
    assert!(sheet.pages()[0].contains("lang=\"es\""));
    // A survey in English stays English whatever the page speaks.
    setup.apply(Action::Lang(Some(Lang::En)));
    let english = setup.settings().unwrap();
    let mut sheet = sheet_of(&format!("#/slips?{}", english.to_summary_query())).unwrap();
    build_all(&mut sheet);
    sheet.apply(SheetAction::Lang(Lang::Es));
    assert_eq!((sheet.lang(), sheet.pages().len()), (Lang::En, 1));
}

#[test]
fn a_sheet_of_the_new_slips_starts_where_the_old_ones_ended() {
    let made = with_slips("30").settings().unwrap();
    let key = SlipKey::from_bytes(KEY_BYTES);
    let mut sheet = sheet_of(&format!("#/slips?{}&first=20", made.to_summary_query())).unwrap();
    assert_eq!(sheet.len(), 10);
    let mut serials = sheet.order().to_vec();
    serials.sort_unstable();
    assert_eq!(serials, (20..30).collect::<Vec<_>>());
    build_all(&mut sheet);
    let mut codes = printed_codes(sheet.pages());
    codes.sort();
    let mut expected: Vec<String> = (20..30).map(|s| key.slip(s).code()).collect();
    expected.sort();
    assert_eq!(codes, expected);
    for bad in ["first=30", "first=", "first=x", "first=-1", "first=99999"] {
        assert_eq!(
            sheet_of(&format!("#/slips?{}&{bad}", made.to_summary_query())).err(),
            Some(SheetError::First),
            "{bad}"
        );
    }
}

#[test]
fn a_sheet_needs_slips_their_key_and_random_numbers() {
    let made = with_slips("20").settings().unwrap();
    // The survey link holds no key: no sheet from it.
    assert_eq!(
        sheet_of(&format!("#/slips?{}", made.to_query())).err(),
        Some(SheetError::NoSlips)
    );
    assert_eq!(
        sheet_of(&format!("#/slips?{}", ten_units().to_summary_query())).err(),
        Some(SheetError::NoSlips)
    );
    assert_eq!(
        sheet_of("#/slips").err(),
        Some(SheetError::Link(LinkError::NoSettings))
    );
    assert!(matches!(
        sheet_of("#/slips?v=4&id=x&t=T").err(),
        Some(SheetError::Link(LinkError::Invalid(Field::Id)))
    ));
    let fragment = format!("#/slips?{}", made.to_summary_query());
    assert_eq!(
        Sheet::open(&fragment, BASE, None, Lang::En, Paper::Letter).err(),
        Some(SheetError::NoRandom)
    );
    // A link too long for any QR code: the survey's 30 longest units cannot go on a slip.
    let mut long = made.clone();
    long.units = (0..30)
        .map(|i| format!("{i:02} {}", "ü".repeat(57)))
        .collect();
    long.send_to = "x".repeat(300);
    assert_eq!(
        sheet_of(&format!("#/slips?{}", long.to_summary_query())).err(),
        Some(SheetError::TooLong)
    );
    for error in [
        SheetError::Link(LinkError::NoSettings),
        SheetError::NoSlips,
        SheetError::First,
        SheetError::TooLong,
        SheetError::NoRandom,
    ] {
        for lang in Lang::ALL {
            let message = error.message(lang);
            assert!(!message.is_empty() && !message.contains('{'), "{message}");
        }
    }
}

/// The figures of the slips' QR codes, for a small survey and for one with 30 units, as printed
/// on the sheet: run with `--nocapture` to read them.
#[test]
fn the_slips_qr_codes_stay_scannable_for_small_and_large_surveys() {
    let key = SlipKey::from_bytes(KEY_BYTES);
    let mut small = ten_units();
    small.units.truncate(3);
    // The ten units, and twenty more.
    let mut large = ten_units();
    large.units.extend(
        [
            "Cardiology",
            "Neurology",
            "Orthopedics",
            "Psychiatry",
            "Dialysis",
            "Laboratory",
            "Rehabilitation",
            "Palliative care",
            "Neonatal care",
            "Operating rooms",
            "Anesthesia",
            "Endoscopy",
            "Day surgery",
            "Geriatrics",
            "Infectious diseases",
            "Nutrition",
            "Social work",
            "Administration",
            "Facilities",
            "Information technology",
        ]
        .map(String::from),
    );
    for (name, mut link, figures) in [
        ("3 units", small, (8, 12, 0.728)),
        ("30 units", large, (12, 9, 0.666)),
    ] {
        link.slips = true;
        let text = slip_link(BASE, &link, key.slip(MAX_SLIPS - 1));
        let side = qr_side(&text).unwrap();
        let version = (side - 8 - 17) / 4;
        let grid = Grid::for_qr(side);
        let module = f64::from(grid.qr) / 10.0 / f64::from(side);
        println!(
            "{name}: link {} characters, QR version {version} ({} modules + quiet zone), {} per page ({}×{}{}), QR {} mm, module {module:.3} mm",
            text.len(),
            side - 8,
            grid.per_page(),
            grid.columns,
            grid.rows,
            if grid.beside { ", text beside" } else { "" },
            f64::from(grid.qr) / 10.0,
        );
        assert_eq!((version, grid.per_page()), (figures.0, figures.1), "{name}");
        assert!(module >= figures.2 - 0.001, "{name}: {module}");
    }
}
