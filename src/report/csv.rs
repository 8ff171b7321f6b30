//! Every figure of a report as CSV, one figure a row (`docs/report-csv.md` documents the layout).
//!
//! The layout is long and tidy so that a spreadsheet or a script can filter it without knowing
//! the instrument: stable identifiers in `section`, `item`, `group` and `measure`, the translated
//! text only in `label`, and numbers written the same way in every language.

use super::action::{Part, Plan};
use super::{
    statement_label, Breakdown, Comparison, Distribution, Figures, Heatmap, Hidden, Mean,
    Proportion, Rates, Report, ResponseRate, Series, Subject,
};
use crate::i18n::Key;
use crate::instrument::{Instrument, OwnStatement};
use crate::lang::{fill, Lang, Text};

/// The header row, in order.
pub const COLUMNS: [&str; 11] = [
    "section", "item", "label", "group", "measure", "value", "lower", "upper", "count", "base",
    "wave",
];

// The page's own words, so the CSV and the report never name a thing two ways.
const RESPONSES: Text = Key::ReportCountTitle.text();
const MIN_GROUP: Text = Key::SetupMinLabel.text();
const BURNED_OUT: Text = Text {
    en: "Burned out (level {level} or higher)",
    es: "Agotamiento (nivel {level} o superior)",
};
const NOT_ANSWERED: Text = Key::ReportGroupNotAnswered.text();
const UNIT: Text = Text {
    en: "Unit {number}",
    es: "Unidad {number}",
};
const ROLE: Text = Text {
    en: "Role {number}",
    es: "Puesto {number}",
};
const CHANGES: Text = Key::ReportWavesTitle.text();
const ORGANIZATION: Text = Key::HeatmapOrganization.text();
const HIDDEN_LABEL: Text = Text {
    en: "{name} (hidden: {reason})",
    es: "{name} (oculto: {reason})",
};
const DENIABILITY: Text = Text {
    en: "Plausible deniability: every figure is an estimate from randomized answers (ratio e^ε)",
    es: "Negación plausible: cada cifra es una estimación a partir de respuestas aleatorizadas (razón e^ε)",
};

/// One row before it is written.
struct Row<'a> {
    section: &'a str,
    item: &'a str,
    label: &'a str,
    group: &'a str,
    measure: &'a str,
    /// `value, lower, upper, count, base`, already formatted; empty when absent.
    numbers: [String; 5],
}

struct Writer {
    out: String,
    /// Whether the report is of a deniable survey: then every share, mean and difference is an
    /// estimate, and its measure says so (`share_estimate`, …).
    estimated: bool,
    /// The label of the wave the rows describe (the last column).
    wave: String,
}

impl Writer {
    /// The measure of a computed figure: its `name`, or in a deniable report its name as an
    /// `estimate`.
    fn measure(&self, name: &'static str, estimate: &'static str) -> &'static str {
        if self.estimated {
            estimate
        } else {
            name
        }
    }

    fn row(&mut self, row: Row<'_>) {
        let texts = [row.section, row.item, row.label, row.group, row.measure];
        for (index, field) in texts.iter().enumerate() {
            if index > 0 {
                self.out.push(',');
            }
            let guarded;
            let field = if index == 2 {
                guarded = guard(field);
                guarded.as_str()
            } else {
                field
            };
            push_field(&mut self.out, field);
        }
        for number in &row.numbers {
            self.out.push(',');
            self.out.push_str(number);
        }
        self.out.push(',');
        let wave = guard(&self.wave);
        push_field(&mut self.out, &wave);
        self.out.push_str("\r\n");
    }

    fn count(&mut self, section: &str, item: &str, label: &str, group: &str, count: u64) {
        self.row(Row {
            section,
            item,
            label,
            group,
            measure: "count",
            numbers: [
                count.to_string(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
            ],
        });
    }

    fn plain(
        &mut self,
        section: &str,
        item: &str,
        label: &str,
        group: &str,
        measure: &str,
        value: String,
    ) {
        self.row(Row {
            section,
            item,
            label,
            group,
            measure,
            numbers: [
                value,
                String::new(),
                String::new(),
                String::new(),
                String::new(),
            ],
        });
    }

    fn share(&mut self, section: &str, item: &str, label: &str, group: &str, share: &Proportion) {
        self.row(Row {
            section,
            item,
            label,
            group,
            measure: self.measure("share", "share_estimate"),
            numbers: [
                decimal(share.share),
                decimal(share.interval.low),
                decimal(share.interval.high),
                share.count.to_string(),
                share.base.to_string(),
            ],
        });
    }

    fn mean(&mut self, section: &str, item: &str, label: &str, mean: Option<&Mean>) {
        match mean {
            Some(mean) => self.row(Row {
                section,
                item,
                label,
                group: "",
                measure: self.measure("mean", "mean_estimate"),
                numbers: [
                    decimal(mean.value),
                    String::new(),
                    String::new(),
                    String::new(),
                    mean.base.to_string(),
                ],
            }),
            None => self.suppressed(section, item, label, "mean"),
        }
    }

    fn difference(
        &mut self,
        section: &str,
        item: &str,
        label: &str,
        estimate: f64,
        low: f64,
        high: f64,
    ) {
        self.row(Row {
            section,
            item,
            label,
            group: "",
            measure: self.measure("difference", "difference_estimate"),
            numbers: [
                decimal(estimate),
                decimal(low),
                decimal(high),
                String::new(),
                String::new(),
            ],
        });
    }

    /// A withheld figure: the row says what is withheld and holds no number at all.
    fn suppressed(&mut self, section: &str, item: &str, label: &str, group: &str) {
        self.row(Row {
            section,
            item,
            label,
            group,
            measure: "suppressed",
            numbers: Default::default(),
        });
    }
}

/// One wave of a CSV file: its label, report and response rates, and its changes from the wave
/// before it and from the first (none for the first wave; the second's change from the first is
/// its change from the previous one, written once).
#[derive(Clone, Copy, Debug)]
pub struct WaveCsv<'a> {
    /// The wave's name in the `wave` column ("2026 Q1", or "Wave 2").
    pub label: &'a str,
    /// Its report.
    pub report: &'a Report,
    /// Its response rates (empty when no staff number was given).
    pub rates: &'a Rates,
    /// Its change from the wave before it.
    pub from_previous: Option<&'a Comparison>,
    /// Its change from the first wave, for the third wave on.
    pub from_first: Option<&'a Comparison>,
}

impl<'a> WaveCsv<'a> {
    /// The waves of `series`, named by `labels` and with their `rates` (both in the series'
    /// order; a missing one is empty).
    pub fn of_series(series: &'a Series, labels: &'a [String], rates: &'a [Rates]) -> Vec<Self> {
        static NO_RATES: Rates = Rates {
            total: None,
            units: Vec::new(),
        };
        series
            .reports
            .iter()
            .enumerate()
            .map(|(k, report)| WaveCsv {
                label: labels.get(k).map_or("", String::as_str),
                report,
                rates: rates.get(k).unwrap_or(&NO_RATES),
                from_previous: series.from_previous(k),
                from_first: (k >= 2).then(|| series.from_first(k)).flatten(),
            })
            .collect()
    }
}

/// Every figure of one wave's `report` (and of `comparison`, its change from the wave before,
/// when given) as CSV: RFC 4180, CRLF line ends, a header row, labels in `lang`, numbers with a
/// dot decimal separator in every language and shares as decimals from 0 to 1 with four
/// decimals. `units` names the organizer's units in order and `statements` are the survey's own
/// statements. Below the minimum group size, only the count rows. The `wave` column is empty:
/// [`to_csv_waves`] names the waves.
pub fn to_csv(
    instrument: &Instrument,
    report: &Report,
    comparison: Option<&Comparison>,
    units: &[String],
    statements: &[OwnStatement],
    lang: Lang,
) -> String {
    to_csv_with_rates(
        instrument,
        report,
        comparison,
        &Rates::default(),
        units,
        statements,
        lang,
    )
}

/// [`to_csv`] with the response rates (`response` rows after the counts) when the organizer gave
/// staff numbers.
pub fn to_csv_with_rates(
    instrument: &Instrument,
    report: &Report,
    comparison: Option<&Comparison>,
    rates: &Rates,
    units: &[String],
    statements: &[OwnStatement],
    lang: Lang,
) -> String {
    to_csv_waves(
        instrument,
        &[WaveCsv {
            label: "",
            report,
            rates,
            from_previous: comparison,
            from_first: None,
        }],
        units,
        statements,
        lang,
    )
}

/// Every figure of a series of waves as CSV, wave after wave in their order: each wave's report,
/// then its `change` from the wave before it and, from the third wave on, its `change_from_first`,
/// every row naming its wave in the `wave` column (`docs/report-csv.md`).
pub fn to_csv_waves(
    instrument: &Instrument,
    waves: &[WaveCsv<'_>],
    units: &[String],
    statements: &[OwnStatement],
    lang: Lang,
) -> String {
    let mut w = Writer {
        out: String::with_capacity(16 * 1024 * waves.len().max(1)),
        estimated: false,
        wave: String::new(),
    };
    w.out.push_str(&COLUMNS.join(","));
    w.out.push_str("\r\n");
    for wave in waves {
        w.wave = wave.label.to_string();
        write_wave(&mut w, instrument, wave, (units, statements), lang);
    }
    w.out
}

fn write_wave(
    w: &mut Writer,
    instrument: &Instrument,
    wave: &WaveCsv,
    (units, statements): (&[String], &[OwnStatement]),
    lang: Lang,
) {
    let report = wave.report;
    w.estimated = report.deniability.is_some();
    w.count("count", "responses", RESPONSES.get(lang), "", report.n);
    w.count(
        "count",
        "min_group",
        MIN_GROUP.get(lang),
        "",
        report.min_group,
    );
    if let Some(level) = report.deniability {
        w.plain(
            "count",
            "deniability",
            DENIABILITY.get(lang),
            "",
            "ratio",
            level.ratio().to_string(),
        );
    }
    write_rates(w, wave.rates, units, lang);
    if let Some(figures) = &report.figures {
        write_figures(w, instrument, figures, (units, statements), lang);
        if let Some(heatmap) = &figures.heatmap {
            write_heatmap(w, instrument, heatmap, units, report.min_group, lang);
        }
    }
    // A change is written even when a wave is below the minimum group size, as the page shows
    // it: both waves' counts and the withheld row.
    if let Some(comparison) = wave.from_previous {
        write_comparison(w, "change", (instrument, statements), comparison, lang);
    }
    if let Some(comparison) = wave.from_first {
        write_comparison(
            w,
            "change_from_first",
            (instrument, statements),
            comparison,
            lang,
        );
    }
}

/// The `response` rows: the whole survey's rate, then each unit's that has a staff number, or its
/// `suppressed` row where the unit's figures are hidden. `value` is responses / staff invited
/// (above 1 when codes outnumber staff), `count` the responses and `base` the staff invited.
fn write_rates(w: &mut Writer, rates: &Rates, units: &[String], lang: Lang) {
    let rate = |w: &mut Writer, item: &str, label: &str, r: &ResponseRate| {
        w.row(Row {
            section: "response",
            item,
            label,
            group: "",
            measure: "rate",
            numbers: [
                decimal(r.rate),
                String::new(),
                String::new(),
                r.responses.to_string(),
                r.headcount.to_string(),
            ],
        })
    };
    if let Some(total) = &rates.total {
        rate(w, "all", Key::RatesTitle.text().get(lang), total);
    }
    for unit in &rates.units {
        let item = format!("unit-{}", unit.unit + 1);
        let label = match units.get(unit.unit) {
            Some(name) => name.clone(),
            None => fill(UNIT.get(lang), &[("number", &(unit.unit + 1).to_string())]),
        };
        match (&unit.rate, unit.hidden) {
            (Some(r), _) => rate(w, &item, &label, r),
            (None, true) if unit.invited.is_some() => {
                w.suppressed("response", &item, &label, "");
            }
            (None, _) => {}
        }
    }
}

/// Every section from `burnout` to `weakest`: the figures of a report that reaches the minimum
/// group size.
fn write_figures(
    w: &mut Writer,
    instrument: &Instrument,
    figures: &Figures,
    (units, statements): (&[String], &[OwnStatement]),
    lang: Lang,
) {
    let burned = fill(
        BURNED_OUT.get(lang),
        &[("level", &instrument.burnout.threshold.to_string())],
    );
    w.share("burnout", "burnout", &burned, "", &figures.burnout);
    // "Level 3", as the page's table of levels says (the levels' own words are the respondent's).
    let level = Key::ReportLevel.text().get(lang);
    for (index, share) in figures.burnout_levels.iter().enumerate() {
        w.share(
            "burnout_level",
            &format!("level-{}", index + 1),
            &format!("{level} {}", index + 1),
            "",
            share,
        );
    }
    for (index, reference) in figures.references().enumerate() {
        let item = format!("reference-{}", index + 1);
        let source = reference.source.get(lang);
        // A role group's figure names the role it goes beside, as the role breakdown numbers it.
        let group = reference
            .role
            .map(|role| format!("role-{}", u16::from(role) + 1))
            .unwrap_or_default();
        w.plain(
            "reference",
            &item,
            source,
            &group,
            "share",
            decimal(reference.share),
        );
        w.plain(
            "reference",
            &item,
            source,
            &group,
            "year",
            reference.year.to_string(),
        );
        w.plain(
            "reference",
            &item,
            reference.measure.get(lang),
            &group,
            "method",
            String::new(),
        );
    }

    let outcome = |o: usize| {
        instrument
            .outcomes
            .get(o)
            .map_or(("", ""), |x| (x.id, x.name.get(lang)))
    };
    let lever = |v: usize| {
        instrument
            .levers
            .get(v)
            .map_or(("", ""), |x| (x.id, x.name.get(lang)))
    };
    for distribution in &figures.outcomes {
        let (id, name) = outcome(distribution.index);
        write_distribution(w, "outcome", id, name, distribution);
    }
    for distribution in &figures.levers {
        let (id, name) = lever(distribution.index);
        write_distribution(w, "lever", id, name, distribution);
    }
    // The organization's own statements, each `statement-k` (from 1) labelled with its wording.
    let statement = |s: usize| {
        (
            format!("statement-{}", s + 1),
            statement_label(statements, s, lang),
        )
    };
    for (s, distribution) in figures.statements.iter().enumerate() {
        let (id, name) = statement(s);
        match distribution {
            Some(d) => write_distribution(w, "statement", &id, &name, d),
            None => w.suppressed("statement", &id, &name, ""),
        }
    }

    for (rank, driver) in figures.drivers.iter().enumerate() {
        let owned;
        let (id, name) = match driver.subject {
            Subject::Lever(v) => lever(v),
            Subject::Statement(s) => {
                owned = statement(s);
                (owned.0.as_str(), owned.1.as_str())
            }
        };
        w.plain("driver", id, name, "", "rank", (rank + 1).to_string());
        match &driver.comparison {
            Some(c) => {
                w.share("driver", id, name, "rates_unfavourable", &c.unfavourable);
                w.share("driver", id, name, "rates_favourable", &c.favourable);
                let d = &c.difference;
                w.difference(
                    "driver",
                    id,
                    name,
                    d.estimate,
                    d.interval.low,
                    d.interval.high,
                );
            }
            None => w.suppressed("driver", id, name, ""),
        }
    }

    let (options, _) = instrument.priority_options();
    for (rank, ranked) in figures.priorities.iter().enumerate() {
        let item = format!("priority-{}", ranked.index + 1);
        let label = options.get(ranked.index).map_or("", |t| t.get(lang));
        w.plain("priority", &item, label, "", "rank", (rank + 1).to_string());
        w.share("priority", &item, label, "", &ranked.share);
    }

    // The breakdowns' and the heatmap's columns: each lever by its id, then each statement of
    // the organization's own as `statement-k`.
    let own: Vec<String> = (1..=figures.statements.len())
        .map(|k| format!("statement-{k}"))
        .collect();
    let levers: Vec<&str> = instrument
        .levers
        .iter()
        .map(|l| l.id)
        .chain(own.iter().map(String::as_str))
        .collect();
    if let Some(breakdown) = &figures.units {
        let name = |i: usize| match units.get(i) {
            Some(name) => name.clone(),
            None => fill(UNIT.get(lang), &[("number", &(i + 1).to_string())]),
        };
        write_breakdown(w, "unit", breakdown, &levers, lang, name);
    }
    if let Some(breakdown) = &figures.roles {
        let roles = instrument.role_options();
        let name = |i: usize| match roles.get(i) {
            Some(role) => role.get(lang).to_string(),
            None => fill(ROLE.get(lang), &[("number", &(i + 1).to_string())]),
        };
        write_breakdown(w, "role", breakdown, &levers, lang, name);
    }

    for (rank, weak) in figures.weakest.iter().enumerate() {
        let (id, name) = lever(weak.lever);
        w.plain("weakest", id, name, "", "rank", (rank + 1).to_string());
        w.mean("weakest", id, name, Some(&weak.mean));
        for (number, action) in weak.actions.iter().enumerate() {
            let group = format!("action-{}", number + 1);
            w.plain(
                "weakest",
                id,
                action.get(lang),
                &group,
                "action",
                String::new(),
            );
        }
    }
}

fn write_distribution(w: &mut Writer, section: &str, id: &str, name: &str, d: &Distribution) {
    w.share(section, id, name, "favourable", &d.favourable);
    w.share(section, id, name, "neutral", &d.neutral);
    w.share(section, id, name, "unfavourable", &d.unfavourable);
    w.share(section, id, name, "not_answered", &d.not_answered);
    w.mean(section, id, name, d.mean.as_ref());
}

fn write_breakdown(
    w: &mut Writer,
    section: &str,
    breakdown: &Breakdown,
    levers: &[&str],
    lang: Lang,
    name: impl Fn(usize) -> String,
) {
    for cell in &breakdown.cells {
        let item = format!("{section}-{}", cell.index);
        let label = match cell.index {
            0 => NOT_ANSWERED.get(lang).to_string(),
            i => name(i - 1),
        };
        let Some(figures) = &cell.shown else {
            w.suppressed(section, &item, &label, "");
            continue;
        };
        w.count(section, &item, &label, "", figures.n);
        w.share(section, &item, &label, "burnout", &figures.burnout);
        for (v, share) in figures.levers.iter().chain(&figures.statements).enumerate() {
            let lever = levers.get(v).copied().unwrap_or("");
            match share {
                Ok(share) => w.share(section, &item, &label, lever, share),
                Err(_) => w.suppressed(section, &item, &label, lever),
            }
        }
    }
}

fn write_comparison(
    w: &mut Writer,
    section: &str,
    (instrument, statements): (&Instrument, &[OwnStatement]),
    c: &Comparison,
    lang: Lang,
) {
    let responses = RESPONSES.get(lang);
    w.count(section, "responses", responses, "baseline", c.baseline_n);
    w.count(section, "responses", responses, "follow_up", c.follow_up_n);
    let Some(figures) = &c.figures else {
        w.suppressed(section, "all", CHANGES.get(lang), "");
        return;
    };
    let change = |w: &mut Writer, item: &str, label: &str, change: &super::Change| {
        w.share(section, item, label, "baseline", &change.baseline);
        w.share(section, item, label, "follow_up", &change.follow_up);
        let d = &change.difference;
        w.difference(
            section,
            item,
            label,
            d.estimate,
            d.interval.low,
            d.interval.high,
        );
    };
    let burned = fill(
        BURNED_OUT.get(lang),
        &[("level", &instrument.burnout.threshold.to_string())],
    );
    change(w, "burnout", &burned, &figures.burnout);
    for (o, outcome) in figures.outcomes.iter().enumerate() {
        let (id, name) = instrument
            .outcomes
            .get(o)
            .map_or(("", ""), |x| (x.id, x.name.get(lang)));
        change(w, id, name, outcome);
    }
    for (v, lever) in figures.levers.iter().enumerate() {
        let (id, name) = instrument
            .levers
            .get(v)
            .map_or(("", ""), |x| (x.id, x.name.get(lang)));
        change(w, id, name, &lever.favourable);
        match lever.mean_change {
            Some(delta) => {
                let measure = w.measure("mean_difference", "mean_difference_estimate");
                w.plain(section, id, name, "", measure, decimal(delta))
            }
            None => w.suppressed(section, id, name, "mean_difference"),
        }
    }
    let (options, _) = instrument.priority_options();
    for (p, priority) in figures.priorities.iter().enumerate() {
        let label = options.get(p).map_or("", |t| t.get(lang));
        change(w, &format!("priority-{}", p + 1), label, priority);
    }
    // The organization's own statements last, each compared only where both waves show it.
    for (s, statement) in figures.statements.iter().enumerate() {
        let (id, label) = (
            format!("statement-{}", s + 1),
            statement_label(statements, s, lang),
        );
        match statement {
            Some(c) => change(w, &id, &label, c),
            None => w.suppressed(section, &id, &label, ""),
        }
    }
}

/// The `heatmap` section: the organization's row (`all`) and then every unit cell in the
/// breakdown's order, each with its `count` and one row per column (`burnout`, then each lever,
/// then each statement of the organization's own as `statement-k`); a hidden cell is
/// `suppressed`, its label the row's name and the reason in words.
fn write_heatmap(
    w: &mut Writer,
    instrument: &Instrument,
    heatmap: &Heatmap,
    units: &[String],
    min: u64,
    lang: Lang,
) {
    let rows = std::iter::once(&heatmap.organization).chain(&heatmap.rows);
    for row in rows {
        let (item, name) = match row.cell {
            None => ("all".to_string(), ORGANIZATION.get(lang).to_string()),
            Some(0) => ("unit-0".to_string(), NOT_ANSWERED.get(lang).to_string()),
            Some(k) => (
                format!("unit-{k}"),
                units
                    .get(k - 1)
                    .cloned()
                    .unwrap_or_else(|| fill(UNIT.get(lang), &[("number", &k.to_string())])),
            ),
        };
        let hidden_label = |hidden: Hidden| {
            fill(
                HIDDEN_LABEL.get(lang),
                &[("name", &name), ("reason", &hidden.reason(min, lang))],
            )
        };
        match row.n {
            Ok(n) => w.count("heatmap", &item, &name, "", n),
            Err(hidden) => w.suppressed("heatmap", &item, &hidden_label(hidden), ""),
        }
        let own = (1..=row.statements.len()).map(|k| format!("statement-{k}"));
        let columns = std::iter::once(("burnout".to_string(), &row.burnout))
            .chain(
                instrument
                    .levers
                    .iter()
                    .map(|l| l.id.to_string())
                    .zip(&row.levers),
            )
            .chain(own.zip(&row.statements));
        for (group, cell) in columns {
            match cell {
                Ok(share) => w.share("heatmap", &item, &name, &group, share),
                Err(hidden) => w.suppressed("heatmap", &item, &hidden_label(*hidden), &group),
            }
        }
    }
}

/// The `action` rows (`docs/report-csv.md`, "Action"), to append after every other row: for each
/// commitment in use, its `what`, `owner`, `due`, `lever` and `after`, the organizer's text in
/// `label` (the lever's name in `lang`, its identifier in `group`); then the next survey's date.
/// Empty for an empty plan.
pub fn action_rows(instrument: &Instrument, plan: &Plan, lang: Lang) -> String {
    // The commitments answer a wave, which each says in its `after` row: the `wave` column is
    // left empty.
    let mut w = Writer {
        out: String::new(),
        estimated: false,
        wave: String::new(),
    };
    for (slot, commitment) in plan.used() {
        let item = format!("commitment-{}", slot + 1);
        for (part, value) in commitment.parts() {
            let value = value.trim();
            let (label, group) = match part {
                Part::Lever => instrument
                    .levers
                    .iter()
                    .find(|l| l.id == value)
                    .map_or((value, ""), |l| (l.name.get(lang), l.id)),
                _ => (value, ""),
            };
            w.plain("action", &item, label, group, part.name(), String::new());
        }
    }
    if !plan.next.trim().is_empty() {
        w.plain(
            "action",
            "next_survey",
            plan.next.trim(),
            "",
            "date",
            String::new(),
        );
    }
    w.out
}

/// Four decimals with a dot, whatever the language; never "-0.0000"; empty for a non-number.
/// Written from a whole number of ten-thousandths, which keeps floating-point formatting (some
/// 4 KB gzipped) out of the organizer's wasm.
fn decimal(value: f64) -> String {
    if !value.is_finite() {
        return String::new();
    }
    // `as` saturates; no figure of a report comes anywhere near the limits.
    let units = (value * 10_000.0).round() as i64;
    let sign = if units < 0 { "-" } else { "" };
    let units = units.unsigned_abs();
    format!("{sign}{}.{:04}", units / 10_000, units % 10_000)
}

/// A label a spreadsheet would run as a formula (a unit named `=HYPERLINK(…)` in a hostile link)
/// gets a leading apostrophe, which spreadsheets show as text.
fn guard(label: &str) -> String {
    match label.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{label}"),
        _ => label.to_string(),
    }
}

/// RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled.
fn push_field(out: &mut String, field: &str) {
    if field.contains([',', '"', '\r', '\n']) {
        out.push('"');
        for c in field.chars() {
            if c == '"' {
                out.push('"');
            }
            out.push(c);
        }
        out.push('"');
    } else {
        out.push_str(field);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_use_a_dot_and_never_a_negative_zero() {
        assert_eq!(decimal(0.43216), "0.4322");
        assert_eq!(decimal(-0.00001), "0.0000");
        assert_eq!(decimal(-0.25), "-0.2500");
        assert_eq!(decimal(f64::NAN), "");
    }

    #[test]
    fn fields_are_quoted_only_when_needed() {
        let mut out = String::new();
        push_field(&mut out, "plain text");
        push_field(&mut out, "a,\"b\"\nc");
        assert_eq!(out, "plain text\"a,\"\"b\"\"\nc\"");
        assert_eq!(guard("=1+1"), "'=1+1");
        assert_eq!(guard("Surgery"), "Surgery");
    }
}
