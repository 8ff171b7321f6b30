//! The default Candor instrument, in our own words (English and Spanish).
//!
//! Wording rules: neutral, one idea per statement, answerable by any staff role, and never a
//! paraphrase of a licensed instrument. Spanish uses "usted" and both genders where needed.

use super::{
    Burnout, Cutoffs, Guidance, Helpline, Instrument, Item, Lever, Outcome, Reference, Response,
    ResponseScale, Section, Statement, Wording,
};
use crate::lang::Text;

const fn t(en: &'static str, es: &'static str) -> Text {
    Text { en, es }
}

static AGREEMENT: ResponseScale = ResponseScale {
    id: "agreement",
    points: 5,
};

// The five levels follow the structure of the non-proprietary single-item self-classification
// (from "no signs" to "completely burned out, needs help"), written afresh.
static BURNOUT_LEVELS: ResponseScale = ResponseScale {
    id: "burnout-levels",
    points: 5,
};

static SATISFACTION: ResponseScale = ResponseScale {
    id: "satisfaction",
    points: 5,
};

static AMOUNT: ResponseScale = ResponseScale {
    id: "amount",
    points: 5,
};

static LIKELIHOOD: ResponseScale = ResponseScale {
    id: "likelihood",
    points: 5,
};

const fn agree(id: &'static str) -> Item {
    Item {
        id,
        response: Response::Scale(&AGREEMENT),
    }
}

static ITEMS: [Item; 21] = [
    Item {
        id: "burnout",
        response: Response::Scale(&BURNOUT_LEVELS),
    },
    Item {
        id: "satisfaction",
        response: Response::Scale(&SATISFACTION),
    },
    Item {
        id: "stress",
        response: Response::Scale(&AMOUNT),
    },
    agree("valued"),
    Item {
        id: "leave",
        response: Response::Scale(&LIKELIHOOD),
    },
    agree("values-1"),
    agree("values-2"),
    agree("resources-1"),
    agree("resources-2"),
    agree("resources-3"),
    agree("autonomy-1"),
    agree("autonomy-2"),
    agree("autonomy-3"),
    agree("leadership-1"),
    agree("leadership-2"),
    agree("culture-1"),
    agree("culture-2"),
    agree("culture-3"),
    Item {
        id: "priorities",
        response: Response::Several {
            options: &[
                t("More staff on my team", "Más personal en mi equipo"),
                t(
                    "Less documentation and administrative work",
                    "Menos documentación y trabajo administrativo",
                ),
                t(
                    "Better electronic record and tools",
                    "Mejor expediente electrónico y herramientas",
                ),
                t("More control over my schedule", "Más control sobre mi horario"),
                t(
                    "A workload that fits my paid hours",
                    "Una carga de trabajo que quepa en mis horas pagadas",
                ),
                t(
                    "Leaders who listen and follow through",
                    "Líderes que escuchen y den seguimiento",
                ),
                t(
                    "Protected time for breaks and meals",
                    "Tiempo protegido para descansos y comidas",
                ),
                t("Fair pay and recognition", "Pago justo y reconocimiento"),
                t(
                    "Better teamwork and communication",
                    "Mejor trabajo en equipo y comunicación",
                ),
                t(
                    "Safe ways to raise concerns",
                    "Formas seguras de plantear inquietudes",
                ),
            ],
            max: 3,
        },
    },
    Item {
        id: "unit",
        response: Response::Unit,
    },
    Item {
        id: "role",
        response: Response::OneOf(&[
            t("Physician, including residents", "Médico/a, incluidos residentes"),
            t("Nurse", "Enfermería"),
            t(
                "Advanced practice provider (nurse practitioner, physician assistant, midwife)",
                "Profesional de práctica avanzada (enfermería de práctica avanzada, asistente médico, partería)",
            ),
            t(
                "Other clinical or technical staff",
                "Otro personal clínico o técnico",
            ),
            t(
                "Administrative or support staff",
                "Personal administrativo o de apoyo",
            ),
        ]),
    },
];

static SECTIONS: [Section; 6] = [
    Section {
        id: "now",
        items: &["burnout", "satisfaction", "stress"],
    },
    Section {
        id: "values-leadership",
        items: &[
            "values-1",
            "values-2",
            "leadership-1",
            "leadership-2",
            "valued",
        ],
    },
    Section {
        id: "resources-autonomy",
        items: &[
            "resources-1",
            "resources-2",
            "resources-3",
            "autonomy-1",
            "autonomy-2",
            "autonomy-3",
        ],
    },
    Section {
        id: "team-future",
        items: &["culture-1", "culture-2", "culture-3", "leave"],
    },
    Section {
        id: "help",
        items: &["priorities"],
    },
    Section {
        id: "about",
        items: &["unit", "role"],
    },
];

static OUTCOMES: [Outcome; 4] = [
    Outcome {
        id: "satisfaction",
        name: t("Job satisfaction", "Satisfacción laboral"),
        item: "satisfaction",
        reverse: false,
        cutoffs: Cutoffs {
            unfavourable_max: 2,
            favourable_min: 4,
        },
    },
    Outcome {
        id: "stress",
        name: t("Work stress", "Estrés laboral"),
        item: "stress",
        reverse: true,
        cutoffs: Cutoffs {
            unfavourable_max: 2,
            favourable_min: 4,
        },
    },
    Outcome {
        id: "valued",
        name: t("Feeling valued", "Sentirse valorado/a"),
        item: "valued",
        reverse: false,
        cutoffs: Cutoffs {
            unfavourable_max: 2,
            favourable_min: 4,
        },
    },
    Outcome {
        id: "leave",
        name: t(
            "Intent to leave within two years",
            "Intención de irse en dos años",
        ),
        item: "leave",
        reverse: true,
        cutoffs: Cutoffs {
            unfavourable_max: 2,
            favourable_min: 4,
        },
    },
];

static LEVERS: [Lever; 5] = [
    Lever {
        id: "values",
        name: t("Values", "Valores"),
        statements: &[
            Statement {
                item: "values-1",
                reverse: false,
            },
            Statement {
                item: "values-2",
                reverse: false,
            },
        ],
    },
    Lever {
        id: "resources",
        name: t("Resources", "Recursos"),
        statements: &[
            Statement {
                item: "resources-1",
                reverse: false,
            },
            Statement {
                item: "resources-2",
                reverse: false,
            },
            Statement {
                item: "resources-3",
                reverse: true,
            },
        ],
    },
    Lever {
        id: "autonomy",
        name: t("Autonomy", "Autonomía"),
        statements: &[
            Statement {
                item: "autonomy-1",
                reverse: false,
            },
            Statement {
                item: "autonomy-2",
                reverse: false,
            },
            Statement {
                item: "autonomy-3",
                reverse: true,
            },
        ],
    },
    Lever {
        id: "leadership",
        name: t("Leadership", "Liderazgo"),
        statements: &[
            Statement {
                item: "leadership-1",
                reverse: false,
            },
            Statement {
                item: "leadership-2",
                reverse: false,
            },
        ],
    },
    Lever {
        id: "culture",
        name: t("Culture of resilience", "Cultura de resiliencia"),
        statements: &[
            Statement {
                item: "culture-1",
                reverse: false,
            },
            Statement {
                item: "culture-2",
                reverse: false,
            },
            Statement {
                item: "culture-3",
                reverse: false,
            },
        ],
    },
];

/// One role group's figure from Rotenstein et al. (2020 data), for the role it is shown beside.
macro_rules! rotenstein {
    ($role:literal, $group_en:literal, $group_es:literal, $share:literal) => {
        Reference {
            source: t(
                concat!("Rotenstein et al., Journal of General Internal Medicine 2023;38(8):1920–27: US health care workers, ", $group_en),
                concat!("Rotenstein y col., Journal of General Internal Medicine 2023;38(8):1920–27: trabajadores de la salud de EE. UU., ", $group_es),
            ),
            year: 2020,
            measure: t(
                "At least one symptom of burnout on a single-item self-classification, during the COVID-19 pandemic",
                "Al menos un síntoma de agotamiento en una autoclasificación de un solo ítem, durante la pandemia de COVID-19",
            ),
            share: $share,
            role: Some($role),
        }
    };
}

// As published. Context, never a benchmark: each measured burnout its own way, in its own
// population, and the AMA comparison counts organizations that chose to survey with the AMA, not a
// random sample. The role figures are shown only beside a breakdown by role, each against the
// role group its study used (advanced practice providers have none of their own).
static REFERENCES: [Reference; 6] = [
    Reference {
        source: t(
            "American Medical Association, Organizational Biopsy national comparison 2024: about 18,000 US physicians in more than 100 organizations that chose to take part",
            "Asociación Médica Estadounidense, comparación nacional del Organizational Biopsy 2024: unos 18 000 médicos de EE. UU. en más de 100 organizaciones que eligieron participar",
        ),
        year: 2024,
        measure: t(
            "At least one symptom of burnout on a single-item self-classification, similar in structure to Candor's item but not identical",
            "Al menos un síntoma de agotamiento en una autoclasificación de un solo ítem, de estructura parecida al ítem de Candor pero no idéntica",
        ),
        share: 0.432,
        role: None,
    },
    Reference {
        source: t(
            "Shanafelt et al., Mayo Clinic Proceedings 2025;100(7):1142–58: national study of US physicians",
            "Shanafelt y col., Mayo Clinic Proceedings 2025;100(7):1142–58: estudio nacional de médicos de EE. UU.",
        ),
        year: 2023,
        measure: t(
            "At least one symptom of burnout on the Maslach Burnout Inventory (high emotional exhaustion or depersonalization), a different measure from Candor's",
            "Al menos un síntoma de agotamiento en el Inventario de Burnout de Maslach (agotamiento emocional o despersonalización altos), una medida distinta de la de Candor",
        ),
        share: 0.452,
        role: None,
    },
    rotenstein!(0, "physicians", "médicos", 0.473),
    rotenstein!(1, "nurses", "personal de enfermería", 0.560),
    rotenstein!(3, "other clinical staff", "otro personal clínico", 0.541),
    rotenstein!(4, "non-clinical staff", "personal no clínico", 0.456),
];

/// The default instrument: burnout, four outcomes, five levers, ten priorities, unit and role.
pub static DEFAULT: Instrument = Instrument {
    id: "candor-default-1",
    items: &ITEMS,
    sections: &SECTIONS,
    burnout: Burnout {
        item: "burnout",
        threshold: 3,
        support_from: 4,
    },
    outcomes: &OUTCOMES,
    levers: &LEVERS,
    priorities: "priorities",
    unit: "unit",
    role: "role",
};

/// The words respondents read in the default instrument, apart from it (see [`Wording`]).
pub static DEFAULT_WORDING: Wording = Wording {
    instrument: "candor-default-1",
    prompts: &[
    (
        "burnout",
        t(
            "Which statement best describes how you feel about your work these days?",
            "¿Qué frase describe mejor cómo se siente con su trabajo en estos días?",
        ),
    ),
    (
        "satisfaction",
        t(
            "Overall, how satisfied are you with your current job?",
            "En general, ¿qué tan satisfecho/a está con su trabajo actual?",
        ),
    ),
    (
        "stress",
        t(
            "How much stress does your work cause you?",
            "¿Cuánto estrés le causa su trabajo?",
        ),
    ),
    (
        "valued",
        t(
            "My organization values the work I do.",
            "Mi organización valora el trabajo que hago.",
        ),
    ),
    (
        "leave",
        t(
            "How likely is it that you will leave this organization within the next two years?",
            "¿Qué tan probable es que deje esta organización en los próximos dos años?",
        ),
    ),
    (
        "values-1",
        t(
            "Leaders here make decisions that match the values the organization states.",
            "Aquí, los líderes toman decisiones coherentes con los valores que declara la organización.",
        ),
    ),
    (
        "values-2",
        t(
            "My own values fit the way this organization works.",
            "Mis propios valores encajan con la forma en que trabaja esta organización.",
        ),
    ),
    (
        "resources-1",
        t(
            "My team has enough staff for the work we are asked to do.",
            "Mi equipo tiene suficiente personal para el trabajo que se nos pide.",
        ),
    ),
    (
        "resources-2",
        t(
            "I can finish my documentation and paperwork within my scheduled hours.",
            "Puedo terminar mi documentación y trámites dentro de mi horario programado.",
        ),
    ),
    (
        "resources-3",
        t(
            "The systems I must use, such as the electronic record, slow me down more than they help.",
            "Los sistemas que debo usar, como el expediente electrónico, me retrasan más de lo que me ayudan.",
        ),
    ),
    (
        "autonomy-1",
        t(
            "I have a real say in my work schedule.",
            "Tengo una participación real en mi horario de trabajo.",
        ),
    ),
    (
        "autonomy-2",
        t(
            "I am free to decide how best to meet the needs of the people I serve.",
            "Tengo libertad para decidir cómo atender mejor las necesidades de las personas a quienes sirvo.",
        ),
    ),
    (
        "autonomy-3",
        t(
            "My workload is set with little regard for what is realistic.",
            "Mi carga de trabajo se fija sin tener muy en cuenta lo que es realista.",
        ),
    ),
    (
        "leadership-1",
        t(
            "My direct leader listens to my concerns and follows through.",
            "Mi jefe/a directo/a escucha mis inquietudes y les da seguimiento.",
        ),
    ),
    (
        "leadership-2",
        t(
            "My direct leader helps me grow and see the meaning in my work.",
            "Mi jefe/a directo/a me ayuda a crecer y a ver el sentido de mi trabajo.",
        ),
    ),
    (
        "culture-1",
        t(
            "On my team, it is safe to speak up about problems and mistakes.",
            "En mi equipo es seguro hablar de problemas y errores.",
        ),
    ),
    (
        "culture-2",
        t(
            "When work gets hard, my team pulls together and shares the load.",
            "Cuando el trabajo se pone difícil, mi equipo se une y reparte la carga.",
        ),
    ),
    (
        "culture-3",
        t(
            "This organization adjusts its plans when staff are stretched too thin.",
            "Esta organización ajusta sus planes cuando el personal está sobrecargado.",
        ),
    ),
    (
        "priorities",
        t(
            "Which changes would help you most? Choose up to three.",
            "¿Qué cambios le ayudarían más? Elija hasta tres.",
        ),
    ),
    (
        "unit",
        t(
            "In which unit or department do you work most of the time?",
            "¿En qué unidad o departamento trabaja la mayor parte del tiempo?",
        ),
    ),
    (
        "role",
        t(
            "Which group best describes your role?",
            "¿Qué grupo describe mejor su función?",
        ),
    ),
    ],
    scales: &[
        (
            "agreement",
            &[
            t("Strongly disagree", "Totalmente en desacuerdo"),
            t("Disagree", "En desacuerdo"),
            t(
                "Neither agree nor disagree",
                "Ni de acuerdo ni en desacuerdo",
            ),
            t("Agree", "De acuerdo"),
            t("Strongly agree", "Totalmente de acuerdo"),
            ],
        ),
        (
            "burnout-levels",
            &[
            t(
                "My work gives me energy, and I have no signs of burnout.",
                "Mi trabajo me da energía y no tengo señales de agotamiento (burnout).",
            ),
            t(
                "Work is stressful at times and my energy is lower than it used to be, but I would not call it burnout.",
                "A veces el trabajo es estresante y tengo menos energía que antes, pero no lo llamaría agotamiento.",
            ),
            t(
                "I am starting to burn out: I notice signs such as feeling worn out, physically or emotionally.",
                "Estoy empezando a agotarme: noto señales como sentirme desgastado/a, física o emocionalmente.",
            ),
            t(
                "My signs of burnout do not go away, and frustration with work is often on my mind.",
                "Mis señales de agotamiento no desaparecen y la frustración con el trabajo está a menudo en mi mente.",
            ),
            t(
                "I feel completely burned out. I am not sure how long I can go on, and I may need help or a change.",
                "Me siento completamente agotado/a. No sé cuánto tiempo más podré seguir y es posible que necesite ayuda o un cambio.",
            ),
            ],
        ),
        (
            "satisfaction",
            &[
            t("Very dissatisfied", "Muy insatisfecho/a"),
            t("Dissatisfied", "Insatisfecho/a"),
            t(
                "Neither satisfied nor dissatisfied",
                "Ni satisfecho/a ni insatisfecho/a",
            ),
            t("Satisfied", "Satisfecho/a"),
            t("Very satisfied", "Muy satisfecho/a"),
            ],
        ),
        (
            "amount",
            &[
            t("None", "Nada"),
            t("A little", "Un poco"),
            t("A moderate amount", "Una cantidad moderada"),
            t("A lot", "Mucho"),
            t("An extreme amount", "Muchísimo"),
            ],
        ),
        (
            "likelihood",
            &[
            t("Very unlikely", "Muy poco probable"),
            t("Unlikely", "Poco probable"),
            t("Unsure", "No estoy seguro/a"),
            t("Likely", "Probable"),
            t("Very likely", "Muy probable"),
            ],
        ),
    ],
    levers: &[
        (
            "values",
            t(
                "The organization is clear about its values and lives by them.",
                "La organización tiene claros sus valores y actúa según ellos.",
            ),
        ),
        (
            "resources",
            t(
                "There are enough staff, time and working tools to do the job well.",
                "Hay suficiente personal, tiempo y herramientas que funcionan para hacer bien el trabajo.",
            ),
        ),
        (
            "autonomy",
            t(
                "People have flexibility and control over their schedule, workload and how they work.",
                "Las personas tienen flexibilidad y control sobre su horario, su carga de trabajo y su forma de trabajar.",
            ),
        ),
        (
            "leadership",
            t(
                "Leaders listen, develop their people and connect the work with its meaning.",
                "Los líderes escuchan, desarrollan a su gente y conectan el trabajo con su sentido.",
            ),
        ),
        (
            "culture",
            t(
                "The organization adapts and holds together under stress: teamwork and safety to speak up.",
                "La organización se adapta y se mantiene unida bajo presión: trabajo en equipo y seguridad para hablar.",
            ),
        ),
    ],
    sections: &[
    ("now", t("Your work right now", "Su trabajo ahora")),
    ("values-leadership", t("Values and leadership", "Valores y liderazgo")),
    ("resources-autonomy", t("Time, tools and control", "Tiempo, herramientas y control")),
    ("team-future", t("Your team and what comes next", "Su equipo y lo que viene")),
    ("help", t("What would help", "Qué ayudaría")),
    ("about", t("About your work (optional)", "Sobre su trabajo (opcional)")),
    ],
    helplines: &[
        Helpline {
            dial: "988",
            text: t(
                "988 Suicide & Crisis Lifeline (United States) — call or text 988, any hour (Spanish: press 2).",
                "988 Línea de Prevención del Suicidio y Crisis (Estados Unidos): llame o envíe un mensaje al 988, a cualquier hora (en español: marque 2).",
            ),
        },
        Helpline {
            dial: "+18884090141",
            text: t(
                "Physician Support Line (United States) — 1-888-409-0141, for physicians and medical students.",
                "Physician Support Line (línea de apoyo para médicos, Estados Unidos): 1-888-409-0141, para médicos y estudiantes de medicina.",
            ),
        },
    ],
};

/// What the report shows beside the default instrument's figures, apart from it (see
/// [`Guidance`]).
pub static DEFAULT_GUIDANCE: Guidance = Guidance {
    instrument: "candor-default-1",
    actions: &[
        (
            "values",
            &[
                    t(
                        "Leaders state the organization's values and explain, for each major decision, how it serves them.",
                        "Los líderes expresan los valores de la organización y explican, en cada decisión importante, cómo los respeta.",
                    ),
                    t(
                        "Involve frontline staff in decisions that change how care is delivered, and report back what was decided and why.",
                        "Involucrar al personal de primera línea en las decisiones que cambian la forma de atender, e informar qué se decidió y por qué.",
                    ),
            ],
        ),
        (
            "resources",
            &[
                    t(
                        "Compare staffing with workload unit by unit and close the gaps, starting where strain is highest.",
                        "Comparar el personal con la carga de trabajo en cada unidad y cubrir las brechas, empezando donde la presión es mayor.",
                    ),
                    t(
                        "Remove documentation and inbox tasks that add nothing to care, and add team support for the rest.",
                        "Eliminar tareas de documentación y de bandeja de entrada que no aportan a la atención, y dar apoyo de equipo para el resto.",
                    ),
                    t(
                        "Fix the system and record problems staff name most often, and publish what has been fixed.",
                        "Resolver los problemas de sistemas y del expediente que el personal menciona más, y publicar lo que se ha resuelto.",
                    ),
            ],
        ),
        (
            "autonomy",
            &[
                    t(
                        "Let teams build their own schedules within clear coverage rules.",
                        "Permitir que los equipos armen sus propios horarios dentro de reglas claras de cobertura.",
                    ),
                    t(
                        "Set workloads together with the people who do the work, and adjust them when the real time needed differs.",
                        "Fijar las cargas de trabajo junto con quienes hacen el trabajo y ajustarlas cuando el tiempo real necesario sea distinto.",
                    ),
            ],
        ),
        (
            "leadership",
            &[
                    t(
                        "Give direct leaders the training and the time to hold regular one-to-one conversations about what gets in the way.",
                        "Dar a los líderes directos la formación y el tiempo para conversaciones individuales periódicas sobre lo que obstaculiza el trabajo.",
                    ),
                    t(
                        "Include staff feedback on listening and follow-through in how leaders are evaluated.",
                        "Incluir la opinión del personal sobre la escucha y el seguimiento en la evaluación de los líderes.",
                    ),
            ],
        ),
        (
            "culture",
            &[
                    t(
                        "Hold short regular team huddles where problems and near misses are raised without blame, and close the loop on each one.",
                        "Hacer reuniones breves y periódicas de equipo donde se planteen problemas y casi errores sin culpar, y dar respuesta a cada uno.",
                    ),
                    t(
                        "Plan backup coverage so that a surge in demand is absorbed by the system, not by whoever is on shift.",
                        "Planificar cobertura de respaldo para que un aumento de la demanda lo absorba el sistema y no quien esté de turno.",
                    ),
            ],
        ),
    ],
    references: &REFERENCES,
};
