//! The `Tally`: counters of scored results for any number of respondents, and nothing more than the
//! report needs. Merging two tallies adds their counters, so it is associative and commutative.

use crate::deniability::Deniability;
use crate::instrument::{Instrument, Shape, LEVER_LEVELS};
use crate::scoring::{bin_state, Bin, Scores, BIN_STATES};

/// States of a lever in the counters: 0 = not answered, then levels 1–5 (in a deniable survey,
/// bins 1–3: see [`Dims::lever_states`]).
const LEVER_STATES: usize = LEVER_LEVELS as usize + 1;

/// The shape of a tally, fixed by the instrument and the survey settings.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) struct Dims {
    pub(crate) levels: usize,
    pub(crate) threshold: usize,
    pub(crate) outcomes: usize,
    pub(crate) levers: usize,
    pub(crate) priorities: usize,
    pub(crate) priority_max: usize,
    /// Not answered + one per unit, or 0 when units are not asked.
    pub(crate) unit_cells: usize,
    /// Not answered + one per role, or 0 when roles are not asked.
    pub(crate) role_cells: usize,
    /// The organization's own statements (0 to `MAX_OWN_STATEMENTS`).
    pub(crate) statements: usize,
    /// Set when the survey is deniable: then the counters count *reported* values — burnout as
    /// two levels (1 not burned out, 2 burned out), each lever as its bin (1 unfavourable,
    /// 2 neutral, 3 favourable), any number of priorities.
    pub(crate) deniability: Option<Deniability>,
}

/// Aggregate counters for n ≥ 0 respondents of one survey.
///
/// Holds: counts per burnout level; per outcome, counts per bin (incl. not answered); per lever,
/// joint counts of level (incl. not answered) × burned out, which keeps the driver analysis exact
/// after merging; per priority, how many chose it; and one-way breakdowns by unit and by role, where
/// each cell holds its n, how many are burned out and, per lever, how many are favourable among how
/// many answered; and per statement of the organization's own, its bin × burned out, and in each
/// breakdown cell how many are favourable among how many answered. Never a unit × role cross,
/// never an individual.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Tally {
    pub(crate) dims: Dims,
    pub(crate) counts: Vec<u64>,
}

/// One cell of a unit or role breakdown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cell {
    /// Respondents in the cell.
    pub n: u64,
    /// How many of them are burned out.
    pub burned_out: u64,
    /// Per lever: (favourable, answered).
    pub levers: Vec<(u64, u64)>,
    /// Per statement of the organization's own: (favourable, answered).
    pub statements: Vec<(u64, u64)>,
}

/// The most respondents one tally may count. Every counter is at most n, so with this bound no sum
/// or weighted sum in the report can overflow, whatever codes are pasted.
pub const MAX_RESPONDENTS: u64 = 1 << 40;

/// Why two tallies cannot be merged.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MergeError {
    /// They come from surveys of different shape (instrument, unit count or role question).
    DifferentShape,
    /// Together they would count more than [`MAX_RESPONDENTS`].
    TooMany,
}

impl crate::lang::Explain for MergeError {
    fn text(&self) -> crate::lang::Text {
        use crate::lang::Text;
        match self {
            MergeError::DifferentShape => Text {
                en: "These results come from surveys with different settings and cannot be combined.",
                es: "Estos resultados provienen de encuestas con configuraciones distintas y no se pueden combinar.",
            },
            MergeError::TooMany => Text {
                en: "Together these codes claim more respondents than any organization has.",
                es: "En conjunto, estos códigos declaran más participantes de los que tiene cualquier organización.",
            },
        }
    }
}

impl Dims {
    pub(crate) fn new(instrument: &Instrument, shape: &Shape) -> Dims {
        let (priorities, priority_max) = instrument.priority_options();
        let deniable = shape.deniability.is_some();
        Dims {
            levels: if deniable {
                2
            } else {
                usize::from(instrument.burnout_levels())
            },
            threshold: if deniable {
                2
            } else {
                usize::from(instrument.burnout.threshold)
            },
            outcomes: instrument.outcomes.len(),
            levers: instrument.levers.len(),
            priorities: priorities.len(),
            priority_max: if deniable {
                priorities.len()
            } else {
                usize::from(priority_max)
            },
            unit_cells: if shape.units > 0 {
                usize::from(shape.units) + 1
            } else {
                0
            },
            role_cells: if shape.asks_role {
                instrument.role_options().len() + 1
            } else {
                0
            },
            deniability: shape.deniability,
            statements: shape.statements.len(),
        }
    }

    /// States of a lever in the counters: not answered, then the levels 1–5, or in a deniable
    /// survey the bins 1–3.
    #[inline(always)]
    pub(crate) fn lever_states(&self) -> usize {
        if self.deniability.is_some() {
            BIN_STATES
        } else {
            LEVER_STATES
        }
    }

    /// The lever states (levels, or bins when deniable) that make up `bin`.
    pub(crate) fn states_of(&self, bin: Bin) -> std::ops::Range<u8> {
        if self.deniability.is_some() {
            let state = bin_state(Some(bin)) as u8;
            return state..state + 1;
        }
        // The levels that `Bin::of_level` puts in `bin`: one run, since bins follow the levels.
        let mut levels = (1..=LEVER_LEVELS).filter(|level| Bin::of_level(*level) == bin);
        let first = levels.next().unwrap_or(1);
        first..levels.next_back().unwrap_or(first) + 1
    }

    /// Whether `scores` can be counted in a tally of this shape.
    pub(crate) fn fits(&self, scores: &Scores) -> bool {
        self.fits_as(scores, scores.unit, scores.role)
    }

    /// Whether `scores`, taken as in unit `unit` and role `role`, can be counted in a tally of
    /// this shape.
    fn fits_as(&self, scores: &Scores, unit: Option<u8>, role: Option<u8>) -> bool {
        usize::from(scores.burnout).wrapping_sub(1) < self.levels
            && scores.outcomes.len() == self.outcomes
            && scores.levers.len() == self.levers
            && scores
                .levers
                .iter()
                .flatten()
                .all(|level| (1..self.lever_states() as u8).contains(level))
            && u32::from(scores.priorities) >> self.priorities.min(16) == 0
            && scores.priorities.count_ones() as usize <= self.priority_max
            && unit.is_none_or(|u| usize::from(u) + 1 < self.unit_cells)
            && role.is_none_or(|r| usize::from(r) + 1 < self.role_cells)
            && scores.statements.len() == self.statements
    }

    #[inline(always)]
    pub(crate) fn cell_width(&self) -> usize {
        2 + 2 * self.levers + 2 * self.statements
    }

    #[inline(always)]
    fn burnout_at(&self) -> usize {
        1
    }

    #[inline(always)]
    fn outcomes_at(&self) -> usize {
        self.burnout_at() + self.levels
    }

    #[inline(always)]
    fn levers_at(&self) -> usize {
        self.outcomes_at() + self.outcomes * BIN_STATES
    }

    #[inline(always)]
    fn priorities_at(&self) -> usize {
        self.levers_at() + self.levers * self.lever_states() * 2
    }

    #[inline(always)]
    fn statements_at(&self) -> usize {
        self.priorities_at() + self.priorities
    }

    #[inline(always)]
    pub(crate) fn units_at(&self) -> usize {
        self.statements_at() + self.statements * BIN_STATES * 2
    }

    #[inline(always)]
    fn roles_at(&self) -> usize {
        self.units_at() + self.unit_cells * self.cell_width()
    }

    pub(crate) fn len(&self) -> usize {
        self.roles_at() + self.role_cells * self.cell_width()
    }
}

impl Tally {
    /// A tally of nobody, shaped for `instrument` as deployed in `shape`.
    pub fn new(instrument: &Instrument, shape: &Shape) -> Tally {
        Tally::of_dims(Dims::new(instrument, shape))
    }

    /// The tally shaped as `like` whose counters are `counts`, when they agree with each other
    /// ([`Tally::is_consistent`]): how the printable documents' page takes a tally over
    /// (`summary::Printout`).
    pub(crate) fn with_counts(like: &Tally, counts: Vec<u64>) -> Option<Tally> {
        let tally = Tally {
            dims: like.dims,
            counts,
        };
        tally.is_consistent().then_some(tally)
    }

    pub(crate) fn of_dims(dims: Dims) -> Tally {
        Tally {
            dims,
            counts: vec![0; dims.len()],
        }
    }

    /// Counts one respondent. Scores that do not fit the shape (from another instrument) are
    /// ignored and reported as `false`, so a tally always stays consistent.
    pub fn add(&mut self, scores: &Scores) -> bool {
        self.add_as(scores, scores.unit, scores.role)
    }

    /// Counts one respondent as in unit `unit` and role `role`, whatever `scores` says: a unit's
    /// own tally, which has neither, counts its respondents with `None` for both.
    pub(crate) fn add_as(&mut self, scores: &Scores, unit: Option<u8>, role: Option<u8>) -> bool {
        let d = self.dims;
        if !d.fits_as(scores, unit, role) || self.n() >= MAX_RESPONDENTS {
            return false;
        }
        let burned = usize::from(scores.burnout) >= d.threshold;
        // Where each part starts and which lever states are favourable, found once: this runs
        // for every code read, a million times for a large organization's file.
        let (outcomes_at, levers_at, priorities_at) =
            (d.outcomes_at(), d.levers_at(), d.priorities_at());
        let (statements_at, states, width) = (d.statements_at(), d.lever_states(), d.cell_width());
        let favourable = d.states_of(Bin::Favourable);
        // Adds 0 or 1 without branching: answers are random, so branches would mispredict often.
        let counts = self.counts.as_mut_slice();
        let mut bump = |index: usize, amount: bool| {
            if let Some(count) = counts.get_mut(index) {
                // Cannot overflow: no counter exceeds n ≤ MAX_RESPONDENTS.
                *count = count.wrapping_add(u64::from(amount));
            }
        };
        bump(0, true);
        bump(d.burnout_at() + usize::from(scores.burnout) - 1, true);
        for (o, bin) in scores.outcomes.iter().enumerate() {
            bump(outcomes_at + o * BIN_STATES + bin_state(*bin), true);
        }
        for (v, level) in scores.levers.iter().enumerate() {
            let state = level.map_or(0, usize::from);
            bump(
                levers_at + (v * states + state) * 2 + usize::from(burned),
                true,
            );
        }
        // Only the priorities chosen, a few of about ten (`fits_as` checked there are no others).
        let mut chosen = scores.priorities;
        while chosen != 0 {
            bump(priorities_at + chosen.trailing_zeros() as usize, true);
            chosen &= chosen - 1;
        }
        for (s, bin) in scores.statements.iter().enumerate() {
            bump(
                statements_at + (s * BIN_STATES + bin_state(*bin)) * 2 + usize::from(burned),
                true,
            );
        }
        let cells = [
            (d.unit_cells, d.units_at(), unit),
            (d.role_cells, d.roles_at(), role),
        ];
        for (cells, at, choice) in cells {
            if cells == 0 {
                continue;
            }
            let base = at + choice.map_or(0, |c| usize::from(c) + 1) * width;
            bump(base, true);
            bump(base + 1, burned);
            for (v, level) in scores.levers.iter().enumerate() {
                let level = level.unwrap_or(0);
                bump(base + 2 + 2 * v, favourable.contains(&level));
                bump(base + 3 + 2 * v, level > 0);
            }
            let statements = base + 2 + 2 * d.levers;
            for (s, bin) in scores.statements.iter().enumerate() {
                bump(statements + 2 * s, *bin == Some(Bin::Favourable));
                bump(statements + 2 * s + 1, bin.is_some());
            }
        }
        true
    }

    /// Adds every counter of `other` into this tally.
    pub fn absorb(&mut self, other: &Tally) -> Result<(), MergeError> {
        if self.dims != other.dims {
            return Err(MergeError::DifferentShape);
        }
        if self.n().saturating_add(other.n()) > MAX_RESPONDENTS {
            return Err(MergeError::TooMany);
        }
        for (mine, theirs) in self.counts.iter_mut().zip(&other.counts) {
            *mine = mine.saturating_add(*theirs);
        }
        Ok(())
    }

    /// Respondents counted.
    pub fn n(&self) -> u64 {
        self.get(0)
    }

    /// Respondents per burnout level, level 1 first.
    pub fn burnout_levels(&self) -> &[u64] {
        let at = self.dims.burnout_at();
        self.counts.get(at..at + self.dims.levels).unwrap_or(&[])
    }

    /// Respondents whose level counts as burnout.
    pub fn burned_out(&self) -> u64 {
        self.burnout_levels()
            .iter()
            .skip(self.dims.threshold.saturating_sub(1))
            .fold(0, |sum, count| sum.saturating_add(*count))
    }

    /// Counts for outcome `o`: `[not answered, unfavourable, neutral, favourable]`.
    pub fn outcome(&self, o: usize) -> [u64; BIN_STATES] {
        let at = self.dims.outcomes_at() + o * BIN_STATES;
        std::array::from_fn(|state| self.get(at + state))
    }

    /// The deniability level of the survey whose counters these are, `None` for an ordinary one.
    pub fn deniability(&self) -> Option<Deniability> {
        self.dims.deniability
    }

    /// Respondents with lever `v` in `bin` (`None` = not answered), burned out or not when
    /// `burned` says, else both: the sum over the levels (or, when deniable, the one bin) in it.
    pub fn lever_bin(&self, v: usize, bin: Option<Bin>, burned: Option<bool>) -> u64 {
        let states = match bin {
            Some(bin) => self.dims.states_of(bin),
            None => 0..1,
        };
        states
            .map(|state| match burned {
                Some(b) => self.lever(v, state, b),
                None => self.lever(v, state, false) + self.lever(v, state, true),
            })
            .fold(0, u64::saturating_add)
    }

    /// Respondents with lever `v` at `level` (0 = not answered, 1–5; when deniable, the bin 1–3)
    /// who are (`burned`) or are not burned out.
    pub fn lever(&self, v: usize, level: u8, burned: bool) -> u64 {
        let states = self.dims.lever_states();
        if v >= self.dims.levers || usize::from(level) >= states {
            return 0;
        }
        self.get(
            self.dims.levers_at() + (v * states + usize::from(level)) * 2 + usize::from(burned),
        )
    }

    /// Respondents who chose priority `p`.
    pub fn priority(&self, p: usize) -> u64 {
        if p >= self.dims.priorities {
            return 0;
        }
        self.get(self.dims.priorities_at() + p)
    }

    /// How many statements of the organization's own the survey has.
    pub fn statements(&self) -> usize {
        self.dims.statements
    }

    /// Respondents whose answer to the organization's statement `s` is in state `state` (0 not
    /// answered, 1 unfavourable, 2 neutral, 3 favourable) who are (`burned`) or are not burned out.
    pub fn statement(&self, s: usize, state: usize, burned: bool) -> u64 {
        if s >= self.dims.statements || state >= BIN_STATES {
            return 0;
        }
        self.get(self.dims.statements_at() + (s * BIN_STATES + state) * 2 + usize::from(burned))
    }

    /// Respondents in each state of the organization's statement `s`, burned out or not:
    /// `[not answered, unfavourable, neutral, favourable]`.
    pub fn statement_states(&self, s: usize) -> [u64; BIN_STATES] {
        std::array::from_fn(|state| {
            self.statement(s, state, false)
                .saturating_add(self.statement(s, state, true))
        })
    }

    /// Unit breakdown cells: index 0 is "not answered", index i is the organizer's unit i − 1.
    /// Empty when the survey does not ask for the unit.
    pub fn unit_cells(&self) -> Vec<Cell> {
        self.cells(self.dims.units_at(), self.dims.unit_cells)
    }

    /// Role breakdown cells: index 0 is "not answered", index i is role i − 1. Empty when the survey
    /// does not ask for the role.
    pub fn role_cells(&self) -> Vec<Cell> {
        self.cells(self.dims.roles_at(), self.dims.role_cells)
    }

    fn cells(&self, at: usize, count: usize) -> Vec<Cell> {
        let width = self.dims.cell_width();
        (0..count)
            .map(|c| {
                let base = at + c * width;
                Cell {
                    n: self.get(base),
                    burned_out: self.get(base + 1),
                    levers: (0..self.dims.levers)
                        .map(|v| (self.get(base + 2 + 2 * v), self.get(base + 3 + 2 * v)))
                        .collect(),
                    statements: (0..self.dims.statements)
                        .map(|s| {
                            let at = base + 2 + 2 * self.dims.levers + 2 * s;
                            (self.get(at), self.get(at + 1))
                        })
                        .collect(),
                }
            })
            .collect()
    }

    fn get(&self, index: usize) -> u64 {
        self.counts.get(index).copied().unwrap_or(0)
    }

    /// Whether the counters agree with each other, as counters of real respondents must. Decoding
    /// rejects a combined code that fails this, so a report never rests on impossible numbers.
    pub fn is_consistent(&self) -> bool {
        let d = self.dims;
        if self.counts.len() != d.len() || self.n() > MAX_RESPONDENTS {
            return false;
        }
        let n = u128::from(self.n());
        let sum = |values: &mut dyn Iterator<Item = u64>| values.map(u128::from).sum::<u128>();
        let burned = u128::from(self.burned_out());
        if sum(&mut self.burnout_levels().iter().copied()) != n {
            return false;
        }
        for o in 0..d.outcomes {
            if sum(&mut self.outcome(o).into_iter()) != n {
                return false;
            }
        }
        let mut favourable = Vec::with_capacity(d.levers);
        let mut answered = Vec::with_capacity(d.levers);
        for v in 0..d.levers {
            let states = d.lever_states() as u8;
            let all = sum(&mut (0..states)
                .flat_map(|level| [self.lever(v, level, false), self.lever(v, level, true)]));
            let burned_here = sum(&mut (0..states).map(|level| self.lever(v, level, true)));
            if all != n || burned_here != burned {
                return false;
            }
            favourable.push(sum(&mut d.states_of(Bin::Favourable).flat_map(|level| {
                [self.lever(v, level, false), self.lever(v, level, true)]
            })));
            answered.push(n - u128::from(self.lever(v, 0, false) + self.lever(v, 0, true)));
        }
        let chosen = sum(&mut (0..d.priorities).map(|p| self.priority(p)));
        if (0..d.priorities).any(|p| u128::from(self.priority(p)) > n)
            || chosen > n * d.priority_max as u128
        {
            return false;
        }
        // Each statement of the organization's own, like a lever: every respondent in one state,
        // the burned out among them as many as in all.
        for s in 0..d.statements {
            let all = sum(&mut (0..BIN_STATES)
                .map(|state| self.statement(s, state, false) + self.statement(s, state, true)));
            let burned_here = sum(&mut (0..BIN_STATES).map(|state| self.statement(s, state, true)));
            if all != n || burned_here != burned {
                return false;
            }
        }
        for cells in [self.unit_cells(), self.role_cells()] {
            if cells.is_empty() {
                continue;
            }
            if sum(&mut cells.iter().map(|c| c.n)) != n
                || sum(&mut cells.iter().map(|c| c.burned_out)) != burned
                || cells.iter().any(|c| {
                    c.burned_out > c.n
                        || c.levers
                            .iter()
                            .chain(&c.statements)
                            .any(|(f, a)| f > a || *a > c.n)
                })
            {
                return false;
            }
            for s in 0..d.statements {
                let f = sum(&mut cells.iter().map(|c| c.statements.get(s).map_or(0, |x| x.0)));
                let a = sum(&mut cells.iter().map(|c| c.statements.get(s).map_or(0, |x| x.1)));
                let states = self.statement_states(s);
                if f != u128::from(states[BIN_STATES - 1]) || a != n - u128::from(states[0]) {
                    return false;
                }
            }
            for v in 0..d.levers {
                let f = sum(&mut cells.iter().map(|c| c.levers.get(v).map_or(0, |x| x.0)));
                let a = sum(&mut cells.iter().map(|c| c.levers.get(v).map_or(0, |x| x.1)));
                if Some(&f) != favourable.get(v) || Some(&a) != answered.get(v) {
                    return false;
                }
            }
        }
        true
    }
}

/// A tally holding both `a` and `b`.
pub fn merge(a: &Tally, b: &Tally) -> Result<Tally, MergeError> {
    let mut merged = a.clone();
    merged.absorb(b)?;
    Ok(merged)
}
