//! How large a survey link's QR code comes out, readable and compact: the table of
//! `docs/link-format.md` ("How small the QR code gets"), made here from surveys of every size and
//! checked against the document, so its figures stay true. Print it with
//! `cargo test --test link_qr -- --nocapture`.
#![cfg(not(target_arch = "wasm32"))]

use candor::lang::Lang;
use candor::link::{expand, SurveyLink, MAX_NAME, MAX_SEND_TO, MAX_UNIT_NAME};
use candor::report::Staff;
use candor::route::compact_payload;
use candor::setup::{link_qr, poster_link, svg, Links};
use qrcodegen::QrCodeEcc;

/// A host of 27 characters, as the document's figures assume.
const BASE: &str = "https://candor.example.org/";

/// A large hospital's units, in English: 25 to 40 characters each.
const UNITS_EN: [&str; 30] = [
    "Emergency Department (Main Campus)",
    "Intensive Care Unit (ICU)",
    "Medical-Surgical 4 West (Orthopedics)",
    "Medical-Surgical 5 East (Oncology)",
    "Cardiac Intensive Care Unit",
    "Neonatal Intensive Care Unit (NICU)",
    "Pediatric Emergency Department",
    "Labor and Delivery, Women's Pavilion",
    "Mother-Baby Unit, 3rd Floor",
    "Operating Room and Anesthesia",
    "Post-Anesthesia Care Unit (PACU)",
    "Cardiac Catheterization Laboratory",
    "Oncology and Infusion Center",
    "Inpatient Rehabilitation Unit, 2 South",
    "Behavioral Health Inpatient Unit",
    "Radiology and Diagnostic Imaging",
    "Clinical Laboratory and Pathology",
    "Inpatient Pharmacy and Medication Safety",
    "Respiratory Therapy and Pulmonary Lab",
    "Hospital Medicine (Hospitalist Group)",
    "Primary Care Clinic - Northside",
    "Outpatient Surgery Center, Building C",
    "Telemetry Step-Down Unit, 6 North",
    "Dialysis and Nephrology Unit",
    "Environmental Services and Transport",
    "Patient Access and Registration",
    "Case Management and Social Work Services",
    "Nursing Administration and Float Pool",
    "Physical and Occupational Therapy",
    "Sterile Processing Department",
];

/// The same hospital in Spanish, with its accents.
const UNITS_ES: [&str; 30] = [
    "Servicio de Urgencias",
    "Unidad de Cuidados Intensivos (UCI)",
    "Medicina Interna y Cirugía, 4.ª planta",
    "Medicina Interna y Cirugía, 5.ª planta",
    "Unidad de Cuidados Intensivos Cardíacos",
    "Unidad de Cuidados Intensivos Neonatales",
    "Urgencias Pediátricas",
    "Paritorio y Obstetricia",
    "Maternidad, 3.ª planta",
    "Quirófanos y Anestesiología",
    "Unidad de Recuperación Postanestésica",
    "Laboratorio de Hemodinámica",
    "Oncología y Hospital de Día",
    "Unidad de Rehabilitación",
    "Unidad de Hospitalización Psiquiátrica",
    "Radiología y Diagnóstico por Imagen",
    "Laboratorio Clínico y Anatomía Patológica",
    "Farmacia Hospitalaria",
    "Servicio de Neumología y Terapia Respiratoria",
    "Medicina Hospitalaria",
    "Centro de Atención Primaria Norte",
    "Cirugía Mayor Ambulatoria",
    "Unidad de Telemetría, 6.ª planta norte",
    "Nefrología y Hemodiálisis",
    "Limpieza, Celadores y Transporte",
    "Admisión y Atención al Paciente",
    "Trabajo Social y Gestión de Casos",
    "Dirección de Enfermería y Equipo Volante",
    "Fisioterapia y Terapia Ocupacional",
    "Central de Esterilización",
];

fn survey(
    title: &str,
    organization: &str,
    units: &[String],
    lang: Lang,
    send_to: &str,
) -> SurveyLink {
    SurveyLink {
        title: title.into(),
        organization: organization.into(),
        units: units.to_vec(),
        asks_role: true,
        lang: Some(lang),
        send_to: send_to.into(),
        staff: Staff::default(),
        ..SurveyLink::new("K7M2Q9XT4B".into())
    }
}

fn large_en() -> SurveyLink {
    survey(
        "Staff Wellbeing and Burnout Survey, Spring 2026",
        "Riverside Regional Medical Center and Community Clinics",
        &UNITS_EN.map(String::from),
        Lang::En,
        "When you finish, paste your code into the anonymous form on the staff intranet \
         (Wellbeing page) or drop it in the sealed box at any nurses' station by Friday, March 31. \
         Thank you for taking part!",
    )
}

fn large_es() -> SurveyLink {
    survey(
        "Encuesta de bienestar y desgaste del personal 2026",
        "Hospital Regional Ribera del Río y Centros de Salud",
        &UNITS_ES.map(String::from),
        Lang::Es,
        "Al terminar, pega tu código en el formulario anónimo de la intranet (página de \
         Bienestar) o déjalo en la caja sellada de cualquier control de enfermería antes del 31 \
         de marzo.",
    )
}

/// `text` repeated and cut to exactly `length` characters, ending in a letter.
fn longest(text: &str, length: usize) -> String {
    let mut out: String = text.chars().cycle().take(length).collect();
    if out.ends_with(|c: char| !c.is_alphanumeric()) {
        out.pop();
        out.push('x');
    }
    out
}

/// Every text at the longest the link rules allow, in a language's words: each unit two of the
/// hospital's names, cut at 60 characters.
fn longest_in(
    units: &[&str; 30],
    title: &str,
    organization: &str,
    send_to: &str,
    lang: Lang,
) -> SurveyLink {
    let units: Vec<String> = (0..30)
        .map(|i| {
            let two = format!("{} / {}", units[i], units[(i + 7) % 30]);
            longest(&two, MAX_UNIT_NAME)
        })
        .collect();
    survey(
        &longest(title, MAX_NAME),
        &longest(organization, MAX_NAME),
        &units,
        lang,
        &longest(send_to, MAX_SEND_TO),
    )
}

/// The longest text of all: every character four bytes of UTF-8, twelve characters escaped.
fn longest_in_four_bytes() -> SurveyLink {
    let wide = |n: usize, last: u32| -> String {
        let mut text = "\u{1F3E5}".repeat(n - 1);
        text.push(char::from_u32(0x1F300 + last).unwrap());
        text
    };
    let units: Vec<String> = (0..30).map(|i| wide(MAX_UNIT_NAME, i)).collect();
    survey(
        &wide(MAX_NAME, 40),
        &wide(MAX_NAME, 41),
        &units,
        Lang::En,
        &wide(MAX_SEND_TO, 42),
    )
}

/// The documented example: three units.
fn small() -> SurveyLink {
    survey(
        "Staff wellbeing 2026",
        "Riverside Community Hospital",
        &["Emergency", "Intensive care", "Surgery"].map(String::from),
        Lang::En,
        "Put your code in the sealed box by the staff room.",
    )
}

/// The QR code's version and, in brackets, its side in modules ("19 (93)"), or "none" when no
/// QR code holds the link.
fn qr(link: &str, ecc: QrCodeEcc) -> String {
    link_qr(link, ecc).map_or("none".into(), |qr| {
        format!("{} ({})", qr.version().value(), qr.size())
    })
}

/// The surveys of the document's table: a file name for each, its row's name, its settings.
fn surveys() -> [(&'static str, &'static str, SurveyLink); 6] {
    [
        ("small", "3 units, English (the example above)", small()),
        ("large-en", "30 units, English", large_en()),
        ("large-es", "30 units, Spanish", large_es()),
        (
            "longest-en",
            "every text at its longest, English words",
            longest_in(
                &UNITS_EN,
                "Staff Wellbeing and Burnout Survey, Spring 2026 - ",
                "Riverside Regional Medical Center and Community Clinics - ",
                "When you finish, paste your code into the anonymous form on the staff intranet \
                 or drop it in the sealed box at any nurses' station. ",
                Lang::En,
            ),
        ),
        (
            "longest-es",
            "every text at its longest, Spanish words",
            longest_in(
                &UNITS_ES,
                "Encuesta de bienestar y desgaste del personal 2026 - ",
                "Hospital Regional Ribera del Río y Centros de Salud - ",
                "Al terminar, pega tu código en el formulario anónimo de la intranet o déjalo en \
                 la caja sellada de cualquier control de enfermería. ",
                Lang::Es,
            ),
        ),
        (
            "longest-4-byte",
            "every text at its longest, 4-byte characters",
            longest_in_four_bytes(),
        ),
    ]
}

/// The table of the document, one row per survey.
fn table() -> String {
    let mut out = String::from(
        "| survey | readable link | compact link | readable, M | compact, M | readable, L | compact, L |\n\
         | --- | ---: | ---: | ---: | ---: | ---: | ---: |\n",
    );
    for (_, name, link) in surveys() {
        assert_eq!(link.validate(), Ok(()), "{name}");
        let links = Links::new(BASE, &link);
        // The compact link opens the same survey.
        let payload = compact_payload(links.compact.trim_start_matches(BASE)).unwrap();
        assert_eq!(SurveyLink::parse(&expand(payload).unwrap()), Ok(link));
        out.push_str(&format!(
            "| {name} | {} | {} | {} | {} | {} | {} |\n",
            links.survey.len(),
            links.compact.len(),
            qr(&links.survey, QrCodeEcc::Medium),
            qr(&links.compact, QrCodeEcc::Medium),
            qr(&links.survey, QrCodeEcc::Low),
            qr(&links.compact, QrCodeEcc::Low),
        ));
    }
    out
}

#[test]
fn the_documented_qr_sizes_are_what_the_links_make() {
    let table = table();
    println!("{table}");
    let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/link-format.md"))
        .unwrap();
    assert!(
        doc.contains(&table),
        "docs/link-format.md (\"How small the QR code gets\") should hold this table:\n{table}"
    );
}

#[test]
fn the_poster_holds_the_compact_link_of_every_large_survey() {
    for link in [small(), large_en(), large_es()] {
        let links = Links::new(BASE, &link);
        assert_eq!(poster_link(&links), links.compact);
    }
    // Letters the code finds rare (capitals within a word) cost it more than the eight bits of
    // a byte: a link of little else takes fewer bits readable.
    let rare = SurveyLink {
        title: "QXZJ".repeat(15),
        ..SurveyLink::new("K7M2Q9XT4B".into())
    };
    let links = Links::new(BASE, &rare);
    assert_eq!(poster_link(&links), links.survey);
}

/// Writes every QR code of the table, readable and compact at M and L, as an SVG beside the text
/// it must read back as, into the folder `QR_OUT`: for `bench/qr-print.sh`, which prints them.
#[test]
#[ignore = "run by bench/qr-print.sh"]
fn write_the_qr_codes_for_printing() {
    let folder = std::path::PathBuf::from(std::env::var("QR_OUT").expect("QR_OUT: a folder"));
    for (file, _, link) in surveys() {
        let links = Links::new(BASE, &link);
        for (form, text) in [("readable", &links.survey), ("compact", &links.compact)] {
            for (level, ecc) in [("M", QrCodeEcc::Medium), ("L", QrCodeEcc::Low)] {
                if let Some(qr) = link_qr(text, ecc) {
                    let name = format!("{file}-{form}-{level}");
                    std::fs::write(folder.join(format!("{name}.svg")), svg(&qr, &name)).unwrap();
                    std::fs::write(folder.join(format!("{name}.txt")), text).unwrap();
                }
            }
        }
    }
}
