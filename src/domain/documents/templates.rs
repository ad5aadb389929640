//! Templates: every document of the registry, filled from `SchoolData`. A value missing from
//! the data becomes a visible placeholder («[ФИО директора]»), listed on the document's page.

use super::model::{Align, Block, Document, Run, Signature, Table, Text};
use super::registry::{DocKind, DocRecord};
use crate::domain::data::SchoolData;
use crate::domain::format::date_ru;
use crate::domain::people::Person;
use crate::domain::stages::STAGES;

/// Legal grounds that orders cite (DOMAIN.md).
const LAW_273: &str =
    "Федеральным законом от 29.12.2012 № 273-ФЗ «Об образовании в Российской Федерации»";
const TK_3518: &str = "статьёй 351.8 Трудового кодекса Российской Федерации";
const LETTER_1128: &str = "письмом Министерства просвещения Российской Федерации и Общероссийского Профсоюза образования от 21.12.2021 № АЗ-1128/08/657 «О направлении методических рекомендаций по разработке и внедрению системы (целевой модели) наставничества педагогических работников в образовательных организациях»";
const DECREE_474: &str = "Указом Президента Российской Федерации от 21.07.2020 № 474 «О национальных целях развития Российской Федерации на период до 2030 года»";
const ORDER_3273: &str = "распоряжением Правительства Российской Федерации от 31.12.2019 № 3273-р (национальная система профессионального роста педагогических работников)";

/// A value from the data, or a placeholder naming what is missing.
fn val(value: &str, missing: &str) -> Run {
    let v = value.trim();
    if v.is_empty() {
        Run::placeholder(missing)
    } else {
        // «№ 96» never breaks between the sign and the number.
        Run::plain(v.replace("№ ", "№\u{a0}"))
    }
}

/// The same value in bold (inside a bold title).
fn strong(mut r: Run) -> Run {
    r.bold = true;
    r
}

/// «Заместитель директора по УВР» → «заместитель директора по УВР», for use mid-sentence.
fn lower_first(s: &str) -> String {
    let mut chars = s.trim().chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn t(s: &str) -> Run {
    Run::plain(s)
}

fn b(s: &str) -> Run {
    Run::bold(s)
}

/// «Иванова Мария Петровна» → «М.П. Иванова», as signatures are written.
pub fn initials_first(full_name: &str) -> String {
    match split_name(full_name) {
        (surname, Some(initials)) => format!("{initials} {surname}"),
        (surname, None) => surname,
    }
}

/// «Иванова Мария Петровна» → «Иванова М.П.», as lists of people are written.
pub fn surname_initials(full_name: &str) -> String {
    match split_name(full_name) {
        (surname, Some(initials)) => format!("{surname} {initials}"),
        (surname, None) => surname,
    }
}

/// The surname and the initials of the other words («М.П.»), if there are other words.
fn split_name(full_name: &str) -> (String, Option<String>) {
    let mut words = full_name.split_whitespace();
    let surname = words.next().unwrap_or_default().to_string();
    let initials: String = words
        .filter_map(|w| w.chars().next())
        .map(|c| format!("{c}."))
        .collect();
    (surname, (!initials.is_empty()).then_some(initials))
}

mod report;

struct Ctx<'a> {
    data: &'a SchoolData,
    record: DocRecord,
    /// The person a personal document is made for (a consent, a mentor's agreement).
    person: Option<&'a Person>,
}

impl Ctx<'_> {
    fn p(&self) -> &crate::domain::school::SchoolProfile {
        &self.data.profile
    }
    fn full_name(&self) -> Run {
        val(
            &self.p().full_name,
            "полное наименование образовательной организации",
        )
    }
    fn short_name(&self) -> Run {
        val(
            &self.p().short_name,
            "краткое наименование образовательной организации",
        )
    }
    fn city(&self) -> Run {
        val(&self.p().city, "населённый пункт")
    }
    fn year(&self) -> Run {
        val(&self.p().academic_year, "учебный год")
    }
    fn director_position(&self) -> Run {
        val(&self.p().director.position, "должность руководителя")
    }
    fn director_signature(&self) -> Run {
        val(
            &initials_first(&self.p().director.full_name),
            "И.О. Фамилия директора",
        )
    }
    fn coordinator_name(&self) -> Run {
        val(&self.p().coordinator.full_name, "ФИО куратора")
    }
    fn coordinator_position(&self) -> Run {
        val(
            &lower_first(&self.p().coordinator.position),
            "должность куратора",
        )
    }
    fn number(&self, record: &DocRecord) -> Run {
        val(&record.number, "номер")
    }
    fn date(&self, record: &DocRecord) -> Run {
        val(&date_ru(&record.date), "дата")
    }
    /// The order that approved the Regulation and the Roadmap.
    fn approving_order(&self) -> DocRecord {
        self.data.document(DocKind::OrderRegulation)
    }

    /// The person's ФИО, or the blank line of a form.
    fn person_name(&self, blank: &str) -> Run {
        match self.person {
            Some(p) => Run::plain(p.full_name.clone()),
            None => t(blank),
        }
    }

    /// «Фамилия И.О.» of the person, or a blank.
    fn person_short(&self, blank: &str) -> Run {
        match self.person {
            Some(p) => Run::plain(surname_initials(&p.full_name)),
            None => t(blank),
        }
    }

    fn header(&self) -> Text {
        vec![self.full_name()]
    }

    /// «ПРИКАЗ», date and number on one line, the city.
    fn order_head(&self, title: &str) -> Vec<Block> {
        let r = &self.record;
        vec![
            Block::heading(1, "ПРИКАЗ"),
            Block::aligned(
                vec![
                    t("от "),
                    self.date(r),
                    t("\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}№ "),
                    self.number(r),
                ],
                Align::Center,
            ),
            Block::aligned(vec![self.city()], Align::Center),
            Block::aligned(vec![b(title)], Align::Center),
        ]
    }

    fn director_signature_block(&self) -> Block {
        Block::Signature(Signature {
            position: vec![self.director_position()],
            name: vec![self.director_signature()],
        })
    }

    fn annex_note(&self, n: u8) -> Block {
        let order = self.approving_order();
        Block::aligned(
            vec![
                t(&format!("Приложение {n}\nк приказу ")),
                self.short_name(),
                t("\nот "),
                self.date(&order),
                t(" № "),
                self.number(&order),
            ],
            Align::Right,
        )
    }
}

/// The document of a kind, generated from the data (the user's edits are not applied).
pub fn generate(kind: DocKind, data: &SchoolData) -> Document {
    build(kind, data, None)
}

/// The kinds that are made for one person: a consent per teacher, an agreement per mentor.
pub fn personal(kind: DocKind) -> bool {
    matches!(
        kind,
        DocKind::ConsentPersonalData
            | DocKind::MentorAgreement
            | DocKind::MenteeQuestionnaire
            | DocKind::MentorQuestionnaire
            | DocKind::Program
    )
}

/// A personal document filled with one teacher's data (`None` for other kinds or an unknown
/// id); for [`DocKind::Program`] the id is a pair's, and the document is that pair's ПНП.
pub fn for_person(kind: DocKind, data: &SchoolData, id: &str) -> Option<Document> {
    if kind == DocKind::Program {
        let pair = data.pair(id)?;
        let ctx = Ctx {
            data,
            record: data.document(kind),
            person: None,
        };
        return Some(Document {
            title: format!("ПНП — {}", data.pair_label(pair)),
            header: ctx.header(),
            blocks: program(&ctx, pair),
        });
    }
    let person = data.person(id)?;
    personal(kind).then(|| {
        let mut doc = build(kind, data, Some(person));
        doc.title = format!("{} — {}", kind.short_title(), person.full_name);
        doc
    })
}

fn build(kind: DocKind, data: &SchoolData, person: Option<&Person>) -> Document {
    let ctx = Ctx {
        data,
        record: data.document(kind),
        person,
    };
    let blocks = match kind {
        DocKind::OrderRegulation => order_regulation(&ctx),
        DocKind::Regulation => regulation(&ctx),
        DocKind::Roadmap => roadmap(&ctx),
        DocKind::OrderPairs => order_pairs(&ctx),
        DocKind::ProgramTemplate => program_template(&ctx),
        DocKind::ConsentPersonalData => consent(&ctx),
        DocKind::MentorAgreement => mentor_agreement(&ctx),
        DocKind::OrderFinalEvent => order_final_event(&ctx),
        DocKind::MenteeQuestionnaire => questionnaire(&ctx, true),
        DocKind::MentorQuestionnaire => questionnaire(&ctx, false),
        DocKind::Program => program_template(&ctx),
        DocKind::FinalReport => report::final_report(&ctx),
    };
    Document {
        title: kind.title().to_string(),
        header: ctx.header(),
        blocks,
    }
}

/// The document as the user sees it: the edited blocks if there are any.
pub fn document(kind: DocKind, data: &SchoolData) -> Document {
    let mut doc = generate(kind, data);
    if let Some(edited) = data.document(kind).edited {
        doc.blocks = edited;
    }
    doc
}

fn grounds(items: &[&str], aim: &str) -> Block {
    Block::para(vec![t(&format!(
        "В соответствии с {}, {aim},",
        items.join(", ")
    ))])
}

fn order_regulation(c: &Ctx) -> Vec<Block> {
    let mut blocks = c.order_head(
        "Об утверждении положения о целевой модели наставничества педагогических работников в образовательной организации",
    );
    blocks.push(grounds(
        &[LAW_273, TK_3518, DECREE_474, ORDER_3273, LETTER_1128],
        "в целях создания условий для профессионального роста педагогических работников и внедрения системы (целевой модели) наставничества",
    ));
    blocks.push(Block::aligned(vec![b("ПРИКАЗЫВАЮ:")], Align::Left));
    blocks.push(Block::List {
        ordered: true,
        items: vec![
            vec![t("Утвердить Положение о целевой модели наставничества педагогических работников в образовательной организации (приложение 1).")],
            vec![
                t("Утвердить Дорожную карту по реализации Положения о целевой модели наставничества педагогических работников в "),
                c.short_name(),
                t(" на "),
                c.year(),
                t(" учебный год (приложение 2)."),
            ],
            vec![
                t("Назначить куратором реализации целевой модели наставничества педагогических работников — "),
                c.coordinator_name(),
                t(", "),
                c.coordinator_position(),
                t("."),
            ],
            vec![t("Куратору обеспечить реализацию Дорожной карты, формирование банков наставников и наставляемых, закрепление наставнических пар (групп) с письменного согласия их участников и мониторинг реализации персонализированных программ наставничества.")],
            vec![
                t("Разместить настоящий приказ, Положение и Дорожную карту в специальном разделе официального сайта образовательной организации"),
                match c.p().site.trim() {
                    "" => t(""),
                    site => t(&format!(" ({site})")),
                },
                t(" в течение десяти рабочих дней со дня подписания."),
            ],
            vec![t("Контроль за исполнением настоящего приказа оставляю за собой.")],
        ],
    });
    blocks.push(c.director_signature_block());
    blocks.push(Block::Acquaintance {
        title: vec![t("С приказом ознакомлены:")],
        people: vec![vec![val(
            &surname_initials(&c.p().coordinator.full_name),
            "Фамилия И.О. куратора",
        )]],
    });
    blocks
}

fn section(blocks: &mut Vec<Block>, title: &str, paragraphs: &[Text]) {
    blocks.push(Block::heading(2, title));
    for p in paragraphs {
        blocks.push(Block::para(p.clone()));
    }
}

fn regulation(c: &Ctx) -> Vec<Block> {
    let order = c.approving_order();
    let mut blocks = vec![
        Block::Approval {
            left: vec![
                vec![b("РАССМОТРЕНО и ПРИНЯТО")],
                vec![t("на заседании педагогического совета")],
                vec![t("протокол № ____ от «___» ________ 20__ г.")],
            ],
            right: vec![
                vec![b("УТВЕРЖДЕНО")],
                vec![t("приказом директора "), c.short_name()],
                vec![t("от "), c.date(&order), t(" № "), c.number(&order)],
            ],
        },
        Block::heading(1, "ПОЛОЖЕНИЕ"),
        Block::aligned(
            vec![
                b("о целевой модели наставничества педагогических работников в "),
                strong(c.short_name()),
            ],
            Align::Center,
        ),
    ];
    let forms = c
        .p()
        .forms
        .iter()
        .map(|f| f.label())
        .collect::<Vec<_>>()
        .join("; ");
    let forms = val(&forms, "формы наставничества");
    section(
        &mut blocks,
        "1. Общие положения",
        &[
            vec![
                t("1.1. Настоящее Положение определяет цели, задачи, формы и порядок осуществления наставничества педагогических работников в "),
                c.full_name(),
                t(" (далее — образовательная организация)."),
            ],
            vec![t(&format!("1.2. Положение разработано в соответствии с {LAW_273}, {TK_3518}, {DECREE_474}, {ORDER_3273}, {LETTER_1128}."))],
            vec![t("1.3. Наставничество — форма обеспечения профессионального становления, развития и адаптации к квалифицированному исполнению должностных обязанностей лиц, в отношении которых осуществляется наставничество.")],
            vec![t("1.4. Наставничество осуществляется на основе принципов легитимности, добровольности и свободы выбора, суверенных прав личности, аксиологичности, личной ответственности, индивидуализации и персонализации, системности.")],
            vec![t("1.5. Наставник осуществляет наставничество с его письменного согласия; наставничество устанавливается трудовым договором или дополнительным соглашением к нему и оплачивается (статья 351.8 Трудового кодекса Российской Федерации).")],
        ],
    );
    section(
        &mut blocks,
        "2. Цели и задачи наставничества",
        &[
            vec![t("2.1. Цель наставничества — реализация комплекса мер по созданию эффективной среды наставничества, способствующей непрерывному профессиональному росту и самоопределению педагогических работников, их адаптации в образовательной организации.")],
            vec![t("2.2. Задачи наставничества: содействие профессиональному развитию и закреплению молодых специалистов; адаптация педагогов, пришедших в образовательную организацию или на новую должность; преодоление выявленных профессиональных дефицитов; распространение лучших практик наставничества; развитие корпоративной культуры.")],
        ],
    );
    section(
        &mut blocks,
        "3. Организационные основы наставничества",
        &[
            vec![t("3.1. Наставничество организуется на основании приказа руководителя образовательной организации. Руководство реализацией целевой модели наставничества осуществляет куратор, назначаемый приказом руководителя: "),
                c.coordinator_name(),
                t(", "),
                c.coordinator_position(),
                t(".")],
            vec![t("3.2. Куратор формирует банк наставников и банк наставляемых, организует формирование наставнических пар (групп), обучение наставников, мониторинг и оценку результатов, информационное сопровождение наставничества.")],
            vec![
                t("3.3. В образовательной организации применяются следующие формы наставничества: "),
                forms,
                t(". Взаимодействие может проводиться очно, дистанционно или смешанно."),
            ],
            vec![t("3.4. Наставничество осуществляется по персонализированной программе наставничества, разрабатываемой для каждой пары (группы) на срок от трёх месяцев до одного года.")],
        ],
    );
    section(
        &mut blocks,
        "4. Права и обязанности наставника",
        &[
            vec![t("4.1. Наставник обязан: разрабатывать совместно с наставляемым персонализированную программу наставничества и содействовать её выполнению; оказывать наставляемому методическую и практическую помощь; личным примером развивать положительные качества наставляемого; участвовать в мониторинге результатов.")],
            vec![t("4.2. Наставник имеет право: привлекать других специалистов к работе с наставляемым по согласованию с куратором; участвовать в обсуждении вопросов профессиональной деятельности наставляемого; вносить предложения о поощрении и о совершенствовании работы; отказаться от наставничества в порядке, установленном трудовым законодательством.")],
        ],
    );
    section(
        &mut blocks,
        "5. Права и обязанности наставляемого",
        &[
            vec![t("5.1. Наставляемый обязан: выполнять мероприятия персонализированной программы наставничества в установленные сроки; изучать нормативные документы, регламентирующие его профессиональную деятельность; отчитываться о выполнении программы.")],
            vec![t("5.2. Наставляемый имеет право: выбирать наставника из банка наставников; обращаться к наставнику за помощью по вопросам профессиональной деятельности; ходатайствовать о замене наставника.")],
        ],
    );
    section(
        &mut blocks,
        "6. Процесс формирования наставнических пар и групп",
        &[
            vec![t("6.1. Наставнические пары (группы) формируются куратором на основе анализа банка наставников и банка наставляемых с учётом профессиональных запросов наставляемых, компетенций наставников и добровольного согласия сторон.")],
            vec![t("6.2. Наставнические пары (группы) закрепляются приказом руководителя образовательной организации при наличии письменного согласия участников. Наставник одновременно может вести не более трёх наставляемых.")],
            vec![t("6.3. Замена наставника производится приказом руководителя по заявлению наставника или наставляемого либо по иным обоснованным причинам.")],
        ],
    );
    section(
        &mut blocks,
        "7. Завершение наставничества",
        &[vec![t("7.1. Наставничество завершается по окончании срока персонализированной программы наставничества, по достижении её целей, а также досрочно по инициативе наставника или наставляемого либо по решению руководителя. Завершение программ сопровождается итоговым мероприятием, на котором выявляются лучшие практики наставничества.")]],
    );
    section(
        &mut blocks,
        "8. Мониторинг и оценка результатов",
        &[vec![t("8.1. Мониторинг включает оценку качества реализации персонализированных программ наставничества (анкетирование удовлетворённости наставников и наставляемых) и оценку динамики профессиональных компетенций наставляемых (самооценка до и после программы). Результаты мониторинга рассматриваются на педагогическом совете.")]],
    );
    section(
        &mut blocks,
        "9. Мотивация и поощрение наставников",
        &[vec![t("9.1. Наставничество оплачивается в порядке и размере, установленных локальными нормативными актами образовательной организации. Наставники, показавшие высокие результаты, могут быть представлены к поощрению: объявлению благодарности, награждению грамотой, участию в конкурсах профессионального мастерства, размещению их практик в методической копилке.")]],
    );
    section(
        &mut blocks,
        "10. Документы, регламентирующие наставничество",
        &[vec![t("10.1. К документам, регламентирующим наставничество, относятся: настоящее Положение; приказ об утверждении Положения и Дорожной карты; Дорожная карта; приказы о закреплении наставнических пар (групп); персонализированные программы наставничества; дополнительные соглашения к трудовым договорам наставников; согласия на обработку персональных данных; приказ о проведении итогового мероприятия.")]],
    );
    blocks
}

fn roadmap(c: &Ctx) -> Vec<Block> {
    let mut rows: Vec<Vec<Text>> = Vec::new();
    for stage in &STAGES {
        rows.push(vec![
            vec![b(&stage.number.to_string())],
            vec![b(&format!("Этап {}. {}", stage.number, stage.title))],
            vec![],
            vec![],
            vec![],
            vec![],
        ]);
        let stage_rows = c.data.roadmap.iter().filter(|r| r.stage == stage.number);
        for (k, r) in stage_rows.enumerate() {
            rows.push(vec![
                vec![t(&format!("{}.{}", stage.number, k + 1))],
                vec![t(&r.event)],
                vec![t(&r.content)],
                vec![t(&r.deadline)],
                vec![t(&r.responsible)],
                vec![t(&r.result)],
            ]);
        }
    }
    vec![
        c.annex_note(2),
        Block::aligned(
            vec![
                b("Дорожная карта по реализации Положения о целевой модели наставничества педагогических работников в "),
                strong(c.short_name()),
                b(" на "),
                strong(c.year()),
                b(" учебный год"),
            ],
            Align::Center,
        ),
        Block::Table(Table {
            widths: vec![6, 22, 22, 12, 16, 22],
            header: ["№", "Этап / мероприятие", "Содержание", "Сроки", "Ответственные", "Ожидаемый результат"]
                .iter()
                .map(|h| vec![b(h)])
                .collect(),
            rows,
        }),
    ]
}

fn order_pairs(c: &Ctx) -> Vec<Block> {
    // The order fixes the pairs and groups that work now: the active ones.
    let active: Vec<&crate::domain::pairs::Pair> =
        c.data.pairs.iter().filter(|g| g.active()).collect();
    let mut blocks = c.order_head("О закреплении наставнических пар (групп)");
    blocks.push(grounds(
        &[LAW_273, TK_3518],
        "Положением о целевой модели наставничества педагогических работников, на основании письменного согласия наставников и наставляемых",
    ));
    blocks.push(Block::aligned(vec![b("ПРИКАЗЫВАЮ:")], Align::Left));
    blocks.push(Block::List {
        ordered: true,
        items: vec![
            vec![t("Закрепить наставнические пары (группы) на "), c.year(), t(" учебный год согласно приложению к настоящему приказу.")],
            vec![t("Наставникам совместно с наставляемыми в течение двух недель разработать персонализированные программы наставничества и представить их на утверждение.")],
            vec![t("Куратору "), c.coordinator_name(), t(" обеспечить сопровождение работы наставнических пар (групп) и мониторинг реализации программ.")],
            vec![t("Контроль за исполнением настоящего приказа оставляю за собой.")],
        ],
    });
    blocks.push(c.director_signature_block());
    blocks.push(Block::PageBreak);
    blocks.push(Block::aligned(
        vec![
            t("Приложение\nк приказу от "),
            c.date(&c.record),
            t(" № "),
            c.number(&c.record),
        ],
        Align::Right,
    ));
    blocks.push(Block::aligned(
        vec![b("Список наставнических пар (групп)")],
        Align::Center,
    ));
    blocks.push(Block::Table(Table {
        widths: vec![6, 28, 32, 18, 16],
        header: [
            "№",
            "Наставник",
            "Наставляемый (наставляемые)",
            "Форма наставничества",
            "Срок",
        ]
        .iter()
        .map(|h| vec![b(h)])
        .collect(),
        rows: if active.is_empty() {
            vec![vec![
                vec![t("1")],
                vec![Run::placeholder("наставник")],
                vec![Run::placeholder("наставляемый")],
                vec![Run::placeholder("форма наставничества")],
                vec![Run::placeholder("срок")],
            ]]
        } else {
            active
                .iter()
                .enumerate()
                .map(|(i, g)| {
                    let name = |id: &str| {
                        c.data
                            .person(id)
                            .map(name_position)
                            .unwrap_or_else(|| id.to_string())
                    };
                    vec![
                        vec![t(&(i + 1).to_string())],
                        vec![Run::plain(name(&g.mentor))],
                        vec![Run::plain(
                            g.mentees
                                .iter()
                                .map(|m| name(m))
                                .collect::<Vec<_>>()
                                .join("; "),
                        )],
                        vec![Run::plain(g.form.label())],
                        vec![Run::plain(period(&g.start, &g.end))],
                    ]
                })
                .collect()
        },
    }));
    if active.is_empty() {
        blocks.push(Block::para(vec![Run::italic(
            "Список заполнится сам, когда на этапе 5 будут сформированы наставнические пары и группы.",
        )]));
    }
    blocks
}

/// «Иванова Анна Петровна, учитель математики».
fn name_position(p: &Person) -> String {
    if p.position.trim().is_empty() {
        p.full_name.clone()
    } else {
        format!("{}, {}", p.full_name, lower_first(&p.position))
    }
}

/// «с 01.10.2026 по 31.05.2027», with blanks for unknown dates.
fn period(start: &str, end: &str) -> String {
    let d = |s: &str| {
        if s.is_empty() {
            "«___» ________ 20__ г.".to_string()
        } else {
            date_ru(s)
        }
    };
    format!("с {} по {}", d(start), d(end))
}

/// The ПНП of one pair or group, from its data: participants, goal, tasks, plan with marks.
fn program(c: &Ctx, g: &crate::domain::pairs::Pair) -> Vec<Block> {
    let field = |label: &str, value: Text| vec![vec![b(label)], value];
    let person = |id: &str| c.data.person(id);
    let mentor = person(&g.mentor);
    let mentees: Vec<&Person> = g.mentees.iter().filter_map(|m| person(m)).collect();
    let needs: Vec<String> = g.program.tasks.iter().map(|t| t.title.clone()).collect();
    let mut rows = vec![];
    let mut n = 0;
    for task in &g.program.tasks {
        for item in &task.items {
            n += 1;
            rows.push(vec![
                vec![t(&n.to_string())],
                vec![t(&task.title)],
                vec![t(&item.event)],
                vec![t(&item.form)],
                vec![t(&date_ru(&item.deadline))],
                vec![t(&item.result)],
                vec![if item.done {
                    b("выполнено")
                } else {
                    t("")
                }],
            ]);
        }
    }
    let (done, total) = g.program.counts();
    let mut blocks = vec![
        Block::Approval {
            left: vec![],
            right: vec![
                vec![b("УТВЕРЖДАЮ")],
                vec![c.director_position(), t(" "), c.short_name()],
                vec![t("________________ "), c.director_signature()],
                vec![t("«___» ____________ 20__ г.")],
            ],
        },
        Block::heading(1, "ПЕРСОНАЛИЗИРОВАННАЯ ПРОГРАММА НАСТАВНИЧЕСТВА"),
        Block::aligned(vec![t("на "), c.year(), t(" учебный год")], Align::Center),
        Block::Table(Table {
            widths: vec![35, 65],
            header: vec![],
            rows: vec![
                field(
                    "Наставник (ФИО, должность)",
                    vec![mentor
                        .map(|p| Run::plain(name_position(p)))
                        .unwrap_or_else(|| Run::placeholder("наставник"))],
                ),
                field(
                    if mentees.len() > 1 {
                        "Наставляемые (ФИО, должность)"
                    } else {
                        "Наставляемый (ФИО, должность)"
                    },
                    vec![Run::plain(
                        mentees
                            .iter()
                            .map(|p| name_position(p))
                            .collect::<Vec<_>>()
                            .join("; "),
                    )],
                ),
                field(
                    "Куратор",
                    vec![c.coordinator_name(), t(", "), c.coordinator_position()],
                ),
                field("Форма наставничества", vec![Run::plain(g.form.label())]),
                field(
                    "Срок реализации",
                    vec![Run::plain(period(&g.start, &g.end))],
                ),
                field(
                    "Профессиональные затруднения и запросы наставляемого",
                    vec![Run::plain(if needs.is_empty() {
                        "—".to_string()
                    } else {
                        needs.join("; ")
                    })],
                ),
            ],
        }),
        Block::heading(2, "Цель программы"),
        Block::para(vec![Run::plain(g.program.goal.clone())]),
    ];
    if !g.program.tasks.is_empty() {
        blocks.push(Block::heading(2, "Задачи программы"));
        blocks.push(Block::List {
            ordered: true,
            items: g
                .program
                .tasks
                .iter()
                .map(|t| vec![Run::plain(t.title.clone())])
                .collect(),
        });
    }
    blocks.push(Block::heading(2, "План мероприятий"));
    blocks.push(Block::Table(Table {
        widths: vec![5, 17, 22, 15, 11, 18, 12],
        header: [
            "№",
            "Задача / направление",
            "Мероприятие (содержание деятельности)",
            "Форма",
            "Срок",
            "Ожидаемый результат",
            "Отметка о выполнении",
        ]
        .iter()
        .map(|h| vec![b(h)])
        .collect(),
        rows,
    }));
    if let Some(percent) = g.program.progress() {
        blocks.push(Block::para(vec![t(&format!(
            "Выполнено мероприятий: {done} из {total} ({percent} %)."
        ))]));
    }
    if !g.history.is_empty() {
        blocks.push(Block::heading(2, "Замена наставника"));
        blocks.push(Block::List {
            ordered: false,
            items: g
                .history
                .iter()
                .map(|h| {
                    let name =
                        |id: &str| person(id).map(|p| p.full_name.clone()).unwrap_or_default();
                    vec![Run::plain(format!(
                        "с {}: {} вместо {} — {}",
                        date_ru(&h.date),
                        name(&h.to),
                        name(&h.from),
                        h.reason
                    ))]
                })
                .collect(),
        });
    }
    blocks.push(Block::Signature(Signature {
        position: vec![t("Наставник")],
        name: vec![mentor
            .map(|p| Run::plain(initials_first(&p.full_name)))
            .unwrap_or_else(|| t("И.О. Фамилия"))],
    }));
    for m in &mentees {
        blocks.push(Block::Signature(Signature {
            position: vec![t("Наставляемый")],
            name: vec![Run::plain(initials_first(&m.full_name))],
        }));
    }
    blocks.push(Block::Signature(Signature {
        position: vec![t("Куратор")],
        name: vec![val(
            &initials_first(&c.p().coordinator.full_name),
            "И.О. Фамилия куратора",
        )],
    }));
    blocks
}

fn program_template(c: &Ctx) -> Vec<Block> {
    let field = |label: &str, value: Text| vec![vec![b(label)], value];
    let blank = || vec![t("")];
    vec![
        Block::Approval {
            left: vec![],
            right: vec![
                vec![b("УТВЕРЖДАЮ")],
                vec![c.director_position(), t(" "), c.short_name()],
                vec![t("________________ "), c.director_signature()],
                vec![t("«___» ____________ 20__ г.")],
            ],
        },
        Block::heading(1, "ПЕРСОНАЛИЗИРОВАННАЯ ПРОГРАММА НАСТАВНИЧЕСТВА"),
        Block::aligned(vec![t("на "), c.year(), t(" учебный год")], Align::Center),
        Block::Table(Table {
            widths: vec![35, 65],
            header: vec![],
            rows: vec![
                field("Наставник (ФИО, должность)", blank()),
                field("Наставляемый (ФИО, должность, стаж)", blank()),
                field("Куратор", vec![c.coordinator_name(), t(", "), c.coordinator_position()]),
                field("Форма наставничества", blank()),
                field("Срок реализации (от 3 месяцев до 1 года)", vec![t("с «___» ________ 20__ г. по «___» ________ 20__ г.")]),
                field("Профессиональные затруднения и запросы наставляемого", blank()),
            ],
        }),
        Block::heading(2, "Цель программы"),
        Block::para(vec![t("________________________________________________________________")]),
        Block::heading(2, "Задачи программы"),
        Block::List {
            ordered: true,
            items: vec![vec![t("")], vec![t("")], vec![t("")]],
        },
        Block::heading(2, "План мероприятий"),
        Block::Table(Table {
            widths: vec![5, 17, 22, 15, 11, 18, 12],
            header: ["№", "Задача / направление", "Мероприятие (содержание деятельности)", "Форма", "Срок", "Ожидаемый результат", "Отметка о выполнении"]
                .iter()
                .map(|h| vec![b(h)])
                .collect(),
            rows: (1..=5)
                .map(|n| {
                    let mut row = vec![vec![t(&n.to_string())]];
                    row.extend((0..6).map(|_| vec![t("")]));
                    row
                })
                .collect(),
        }),
        Block::para(vec![Run::italic(
            "Формы: консультация, посещение урока, совместная разработка, самообразование, открытый урок, мастер-класс.",
        )]),
        Block::heading(2, "Ожидаемые результаты"),
        Block::para(vec![t("________________________________________________________________")]),
        Block::Signature(Signature {
            position: vec![t("Наставник")],
            name: vec![t("И.О. Фамилия")],
        }),
        Block::Signature(Signature {
            position: vec![t("Наставляемый")],
            name: vec![t("И.О. Фамилия")],
        }),
        Block::Signature(Signature {
            position: vec![t("Куратор")],
            name: vec![val(&initials_first(&c.p().coordinator.full_name), "И.О. Фамилия куратора")],
        }),
    ]
}

/// The mentee questionnaire (`mentee`) or the mentor candidate's: blank, or with one
/// teacher's data and answers (the ratings marked «X»).
fn questionnaire(c: &Ctx, mentee: bool) -> Vec<Block> {
    use crate::domain::forms::MentoringForm;
    let person = c.person;
    let (ratings, forms, texts, date, capacity) = match person {
        Some(p) if mentee => match p.mentee.as_ref().and_then(|r| r.answers.as_ref()) {
            Some(a) => (
                Some(&a.needs),
                a.forms.clone(),
                vec![(
                    "Профессиональные запросы и затруднения (своими словами)",
                    a.text.clone(),
                )],
                a.date.clone(),
                None,
            ),
            None => (None, vec![], vec![], String::new(), None),
        },
        Some(p) => match p.mentor.as_ref().and_then(|r| r.answers.as_ref()) {
            Some(a) => (
                Some(&a.strengths),
                a.forms.clone(),
                vec![
                    ("Почему вы хотите стать наставником", a.motivation.clone()),
                    (
                        "Опыт, которым готовы поделиться; дополнительно",
                        a.text.clone(),
                    ),
                ],
                a.date.clone(),
                Some(a.capacity),
            ),
            None => (None, vec![], vec![], String::new(), None),
        },
        None => (None, vec![], vec![], String::new(), None),
    };
    let filled = |v: String| {
        if v.trim().is_empty() {
            t("")
        } else {
            Run::plain(v)
        }
    };
    let experience = |y: Option<u8>| y.map(|y| y.to_string()).unwrap_or_default();
    let about: Vec<(&str, String)> = vec![
        (
            "Фамилия, имя, отчество",
            person.map(|p| p.full_name.clone()).unwrap_or_default(),
        ),
        (
            "Должность",
            person.map(|p| p.position.clone()).unwrap_or_default(),
        ),
        (
            "Преподаваемые предметы",
            person.map(|p| p.subjects.join(", ")).unwrap_or_default(),
        ),
        (
            "Педагогический стаж, лет",
            person.map(|p| experience(p.experience)).unwrap_or_default(),
        ),
        (
            "Стаж в образовательной организации, лет",
            person
                .map(|p| experience(p.school_experience))
                .unwrap_or_default(),
        ),
        (
            "Квалификационная категория",
            person
                .map(|p| p.category.label().to_string())
                .unwrap_or_default(),
        ),
    ];
    let mut blocks = vec![
        Block::heading(1, "АНКЕТА"),
        Block::aligned(
            vec![b(if mentee {
                "профессиональных запросов и затруднений педагога (наставляемого)"
            } else {
                "кандидата в наставники"
            })],
            Align::Center,
        ),
        Block::aligned(vec![c.full_name()], Align::Center),
        Block::aligned(vec![c.year(), t(" учебный год")], Align::Center),
        Block::para(vec![t(if mentee {
            "Анкета помогает понять, в чём вам нужна поддержка, и подобрать наставника. Ответы используются только для организации наставничества в школе."
        } else {
            "Анкета помогает понять, чем вы готовы поделиться с коллегами, и подобрать вам наставляемых. Наставничество — добровольное, с вашего письменного согласия."
        })]),
        Block::heading(2, "1. Сведения о себе"),
        Block::Table(Table {
            widths: vec![4, 6],
            header: vec![],
            rows: about
                .into_iter()
                .map(|(k, v)| vec![vec![t(k)], vec![filled(v)]])
                .collect(),
        }),
        Block::heading(
            2,
            if mentee {
                "2. В каких областях вам нужна помощь"
            } else {
                "2. Чему вы можете научить коллег"
            },
        ),
        Block::para(vec![Run::italic(if mentee {
            "Отметьте одну оценку в каждой строке: 1 — помощь не нужна, 5 — помощь очень нужна."
        } else {
            "Отметьте одну оценку в каждой строке: 1 — не готов(а) помочь, 5 — могу научить других."
        })]),
        Block::Table(Table {
            widths: vec![7, 1, 1, 1, 1, 1],
            header: ["Область", "1", "2", "3", "4", "5"]
                .iter()
                .map(|h| vec![b(h)])
                .collect(),
            rows: c
                .data
                .taxonomy
                .iter()
                .map(|area| {
                    let mark = ratings.and_then(|r| r.get(&area.id)).copied();
                    let mut row = vec![vec![
                        t(&area.title),
                        Run::italic(format!(" ({})", area.group.label())),
                    ]];
                    row.extend(
                        (1..=5u8).map(|n| vec![if mark == Some(n) { b("X") } else { t("") }]),
                    );
                    row
                })
                .collect(),
        }),
        Block::heading(2, "3. Предпочтительные формы наставничества"),
        Block::para(vec![Run::italic("Отметьте одну или несколько.")]),
        Block::List {
            ordered: false,
            items: MentoringForm::ALL
                .iter()
                .map(|f| {
                    let on = forms.contains(f);
                    vec![t(if on { "[X] " } else { "[   ] " }), t(f.label())]
                })
                .collect(),
        },
    ];
    if !mentee {
        blocks.push(Block::heading(
            2,
            "4. Сколько наставляемых вы готовы вести одновременно",
        ));
        blocks.push(Block::para(vec![match capacity {
            Some(n) if n > 0 => Run::plain(n.to_string()),
            _ => t("1 / 2 / 3 (нужное подчеркнуть)"),
        }]));
    }
    let first_text = if mentee { 4 } else { 5 };
    let text_titles: Vec<(&str, String)> = if texts.is_empty() {
        if mentee {
            vec![(
                "Профессиональные запросы и затруднения (своими словами)",
                String::new(),
            )]
        } else {
            vec![
                ("Почему вы хотите стать наставником", String::new()),
                (
                    "Опыт, которым готовы поделиться; дополнительно",
                    String::new(),
                ),
            ]
        }
    } else {
        texts
    };
    for (i, (title, text)) in text_titles.into_iter().enumerate() {
        blocks.push(Block::heading(2, format!("{}. {title}", first_text + i)));
        if text.trim().is_empty() {
            for _ in 0..3 {
                blocks.push(Block::para(vec![t(
                    "__________________________________________________________________________",
                )]));
            }
        } else {
            blocks.push(Block::para(vec![Run::plain(text)]));
        }
    }
    blocks.push(Block::aligned(
        vec![
            t("Дата заполнения: "),
            if date.is_empty() {
                t("«___» ____________ 20__ г.")
            } else {
                Run::plain(date_ru(&date))
            },
            t("        Подпись ____________ / "),
            c.person_short("______________________"),
        ],
        Align::Left,
    ));
    blocks
}

fn consent(c: &Ctx) -> Vec<Block> {
    vec![
        Block::heading(1, "СОГЛАСИЕ"),
        Block::aligned(vec![b("на обработку персональных данных")], Align::Center),
        Block::para(vec![
            t("Я, "),
            c.person_name("________________________________________________ (фамилия, имя, отчество)"),
            t(","),
        ]),
        Block::para(vec![t("документ, удостоверяющий личность: ____________ серия ______ № __________, выдан «___» ________ ____ г. ______________________________,")]),
        Block::para(vec![t("зарегистрированный(ая) по адресу: __________________________________________,")]),
        Block::para(vec![
            t("в соответствии со статьёй 9 Федерального закона от 27.07.2006 № 152-ФЗ «О персональных данных» даю согласие оператору — "),
            c.full_name(),
            t(" (адрес: "),
            Run::placeholder("адрес образовательной организации"),
            t(", ИНН "),
            Run::placeholder("ИНН"),
            t(", ОГРН "),
            Run::placeholder("ОГРН"),
            t(") на обработку моих персональных данных."),
        ]),
        Block::para(vec![t("Цель обработки: организация и сопровождение наставничества педагогических работников, формирование банков наставников и наставляемых, закрепление наставнических пар (групп), мониторинг и оценка результатов наставничества.")]),
        Block::para(vec![t("Перечень персональных данных: фамилия, имя, отчество; должность; преподаваемые предметы; педагогический стаж и стаж работы в образовательной организации; квалификационная категория; дата рождения или возрастная группа; контактный телефон и адрес электронной почты; ответы на анкеты профессиональных запросов, анкеты наставника и анкеты мониторинга.")]),
        Block::para(vec![t("Перечень действий: сбор, запись, систематизация, накопление, хранение, уточнение (обновление, изменение), извлечение, использование, обезличивание, блокирование, удаление, уничтожение. Обработка осуществляется с использованием средств автоматизации и без их использования. Распространение персональных данных (в том числе на сайте) настоящим согласием не предусматривается: для этого даётся отдельное согласие.")]),
        Block::para(vec![t("Согласие действует до окончания "), c.year(), t(" учебного года либо до его отзыва. Согласие может быть отозвано мною в любое время путём подачи письменного заявления оператору.")]),
        Block::aligned(
            vec![
                t("«___» ____________ 20__ г.        ____________ / "),
                c.person_short("______________________"),
            ],
            Align::Left,
        ),
        Block::aligned(vec![Run::italic("                                                      (подпись)          (расшифровка подписи)")], Align::Left),
    ]
}

/// «Работник … осуществляет наставничество в отношении …»: the mentees and the period of the
/// mentor's active pairs, or blanks.
fn mentoring_clause(c: &Ctx) -> Text {
    let pairs: Vec<&crate::domain::pairs::Pair> = match c.person {
        Some(p) => c
            .data
            .pairs
            .iter()
            .filter(|g| g.active() && g.mentor == p.id)
            .collect(),
        None => vec![],
    };
    let head = "Работник с его письменного согласия (статья 351.8 Трудового кодекса Российской Федерации) осуществляет наставничество в отношении ";
    if pairs.is_empty() {
        return vec![t(&format!("{head}________________________________ (ФИО, должность наставляемого) в период с «___» ________ 20__ г. по «___» ________ 20__ г."))];
    }
    let parts: Vec<String> = pairs
        .iter()
        .map(|g| {
            let names: Vec<String> = g
                .mentees
                .iter()
                .filter_map(|m| c.data.person(m))
                .map(name_position)
                .collect();
            format!("{} в период {}", names.join("; "), period(&g.start, &g.end))
        })
        .collect();
    vec![t(head), Run::plain(format!("{}.", parts.join("; ")))]
}

fn mentor_agreement(c: &Ctx) -> Vec<Block> {
    vec![
        Block::heading(1, "ДОПОЛНИТЕЛЬНОЕ СОГЛАШЕНИЕ № ____"),
        Block::aligned(vec![b("к трудовому договору от «___» ________ 20__ г. № ____")], Align::Center),
        Block::aligned(vec![c.city(), t("                                        «___» ____________ 20__ г.")], Align::Left),
        Block::para(vec![
            c.full_name(),
            t(" (далее — Работодатель) в лице "),
            c.director_position(),
            t(" "),
            val(&c.p().director.full_name, "ФИО директора"),
            t(", действующего на основании Устава, с одной стороны, и "),
            match c.person {
                Some(p) if !p.position.trim().is_empty() => {
                    Run::plain(format!("{}, {}", p.full_name, lower_first(&p.position)))
                }
                _ => c.person_name("________________________________"),
            },
            t(" (далее — Работник), с другой стороны, заключили настоящее дополнительное соглашение о нижеследующем."),
        ]),
        Block::List {
            ordered: true,
            items: vec![
                mentoring_clause(c),
                vec![t("Наставничество осуществляется в соответствии с Положением о целевой модели наставничества педагогических работников и персонализированной программой наставничества.")],
                vec![t("За осуществление наставничества Работнику устанавливается доплата в размере ______________ в порядке, предусмотренном локальными нормативными актами Работодателя.")],
                vec![t("Каждая из сторон вправе досрочно прекратить наставничество, письменно предупредив другую сторону, в порядке, установленном трудовым законодательством и локальными нормативными актами Работодателя.")],
                vec![t("Настоящее соглашение является неотъемлемой частью трудового договора, составлено в двух экземплярах, имеющих одинаковую юридическую силу, и вступает в силу со дня его подписания.")],
            ],
        },
        Block::Approval {
            left: vec![
                vec![b("Работодатель")],
                vec![c.short_name()],
                vec![c.director_position()],
                vec![t("________________ "), c.director_signature()],
            ],
            right: vec![
                vec![b("Работник")],
                vec![c.person_name("______________________________")],
                vec![t("________________ / "), c.person_short("______________")],
            ],
        },
        Block::heading(2, "Согласие на осуществление наставничества"),
        Block::para(vec![
            t("Я, "),
            c.person_name("________________________________"),
            t(", даю письменное согласие на осуществление наставничества в "),
            c.short_name(),
            t(" на условиях настоящего дополнительного соглашения."),
        ]),
        Block::aligned(vec![t("«___» ____________ 20__ г.        ____________ / ______________________")], Align::Left),
    ]
}

fn order_final_event(c: &Ctx) -> Vec<Block> {
    let event = &c.data.final_event;
    let mut blocks = c.order_head(
        "О проведении итогового мероприятия в рамках реализации системы (целевой модели) наставничества педагогических работников",
    );
    blocks.push(grounds(
        &[LAW_273, LETTER_1128],
        "Дорожной картой по реализации Положения о целевой модели наставничества педагогических работников, в целях подведения итогов реализации персонализированных программ наставничества и выявления лучших практик наставничества",
    ));
    blocks.push(Block::aligned(vec![b("ПРИКАЗЫВАЮ:")], Align::Left));
    let program = event.program_items();
    let participants: Vec<String> = event
        .participants
        .iter()
        .filter_map(|id| c.data.person(id))
        .map(|p| surname_initials(&p.full_name))
        .collect();
    let mut items = vec![vec![
        t("Провести итоговое мероприятие по выявлению лучших практик наставничества "),
        val(&date_ru(&event.date), "дата проведения"),
        t(" в форме "),
        val(&event.format, "форма проведения"),
        t("."),
    ]];
    if !program.is_empty() {
        items.push(vec![t(
            "Утвердить программу итогового мероприятия (приложение к настоящему приказу).",
        )]);
    }
    if !participants.is_empty() {
        items.push(vec![t(&format!(
            "Определить участниками итогового мероприятия: {}.",
            participants.join(", ")
        ))]);
    }
    items.extend([
        vec![
            t("Куратору "),
            c.coordinator_name(),
            t(" подготовить программу итогового мероприятия, организовать представление результатов персонализированных программ наставничества, обобщить результаты мониторинга и пополнить методическую копилку педагогических практик наставничества."),
        ],
        vec![t("Наставникам и наставляемым представить результаты реализации персонализированных программ наставничества.")],
        vec![t("Разместить информацию о проведении итогового мероприятия на официальном сайте образовательной организации.")],
        vec![t("Контроль за исполнением настоящего приказа оставляю за собой.")],
    ]);
    blocks.push(Block::List {
        ordered: true,
        items,
    });
    blocks.push(c.director_signature_block());
    blocks.push(Block::Acquaintance {
        title: vec![t("С приказом ознакомлены:")],
        people: vec![vec![val(
            &surname_initials(&c.p().coordinator.full_name),
            "Фамилия И.О. куратора",
        )]],
    });
    if !program.is_empty() {
        let r = &c.record;
        blocks.push(Block::PageBreak);
        blocks.push(Block::aligned(
            vec![
                t("Приложение\nк приказу от "),
                c.date(r),
                t(" № "),
                c.number(r),
            ],
            Align::Right,
        ));
        blocks.push(Block::heading(2, "Программа итогового мероприятия"));
        blocks.push(Block::List {
            ordered: true,
            items: program.iter().map(|l| vec![t(l)]).collect(),
        });
    }
    blocks
}

/// Placeholders that later stages fill by themselves, and which stage does it.
pub fn placeholder_filled_later(placeholder: &str) -> Option<&'static str> {
    match placeholder.trim_matches(['[', ']']) {
        "наставник" | "наставляемый" | "форма наставничества" | "срок" => {
            Some(
                "заполнится само, когда на этапе 5 будут сформированы наставнические пары и группы",
            )
        }
        "дата проведения" | "форма проведения" => Some(
            "заполнится само из сведений об итоговом мероприятии (этап 6, «Итоговое мероприятие»)",
        ),
        _ => None,
    }
}

/// Where a placeholder is filled in: the profile field's id, or the document's own fields.
pub fn placeholder_target(placeholder: &str) -> Option<&'static str> {
    let p = placeholder.trim_matches(['[', ']']);
    Some(match p {
        "полное наименование образовательной организации" => {
            "profile-full_name"
        }
        "краткое наименование образовательной организации" => {
            "profile-short_name"
        }
        "населённый пункт" => "profile-city",
        "учебный год" => "profile-academic_year",
        "должность руководителя" => "profile-director-position",
        "И.О. Фамилия директора" | "ФИО директора" => {
            "profile-director-full_name"
        }
        "ФИО куратора" | "Фамилия И.О. куратора" | "И.О. Фамилия куратора" => {
            "profile-coordinator-full_name"
        }
        "должность куратора" => "profile-coordinator-position",
        "формы наставничества" => "profile-forms",
        "номер" => "doc-number",
        "дата" => "doc-date",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::documents::registry::DocStatus;
    use crate::domain::school::example_profile;

    fn school() -> SchoolData {
        let mut d = SchoolData {
            profile: example_profile(),
            ..Default::default()
        };
        for kind in DocKind::ALL {
            d.update_document(kind, |r| {
                r.number = "45-о".into();
                r.date = "2025-08-29".into();
                r.status = DocStatus::Signed;
            });
        }
        d
    }

    #[test]
    fn the_pairs_order_lists_exactly_the_active_pairs_and_each_pair_has_its_program() {
        use crate::domain::pairs::PairStatus;
        let v4 = crate::domain::archive::decode(include_bytes!(
            "../../../tests/fixtures/archive-v4.json"
        ))
        .unwrap();
        let mut d = v4.data;
        let order = generate(DocKind::OrderPairs, &d);
        let text = order.plain();
        for g in &d.pairs {
            for id in std::iter::once(&g.mentor).chain(&g.mentees) {
                assert!(text.contains(&d.person(id).unwrap().full_name), "{id}");
            }
        }
        assert!(!order.placeholders().contains(&"[наставник]".to_string()));
        assert!(!text.contains("заполнится сам"));
        // An ended pair leaves the list.
        let ended_mentee = d.person(&d.pairs[1].mentees[0]).unwrap().full_name.clone();
        d.update_pair("g2", |g| {
            g.status = PairStatus::Terminated;
            g.reason = "Увольнение".into();
            Ok(())
        })
        .unwrap();
        assert!(!generate(DocKind::OrderPairs, &d)
            .plain()
            .contains(&ended_mentee));
        // The ПНП of g1: its participants, the plan, the done mark, the mentor change.
        let g1 = d.pair("g1").unwrap().clone();
        let program = for_person(DocKind::Program, &d, "g1").unwrap();
        let text = program.plain();
        assert!(text.contains(&d.person(&g1.mentor).unwrap().full_name));
        assert!(text.contains(&g1.program.tasks[0].items[0].event));
        assert!(text.contains("выполнено"));
        assert!(text.contains("Переход наставника в другую школу"));
        let (done, total) = g1.program.counts();
        assert!(text.contains(&format!("Выполнено мероприятий: {done} из {total}")));
        assert!(for_person(DocKind::Program, &d, "g99").is_none());
        // The mentor's agreement names the mentee and the period.
        let agreement = for_person(DocKind::MentorAgreement, &d, &g1.mentor).unwrap();
        let mentee = d.person(&g1.mentees[0]).unwrap();
        assert!(agreement.plain().contains(&mentee.full_name));
        assert!(agreement.plain().contains("с 01.10.2025 по 31.05.2026"));
    }

    /// Placeholders that stay even with complete data: things the app does not know yet.
    fn expected_left(kind: DocKind) -> Vec<&'static str> {
        match kind {
            DocKind::OrderPairs => vec![
                "[наставник]",
                "[наставляемый]",
                "[форма наставничества]",
                "[срок]",
            ],
            DocKind::ConsentPersonalData => {
                vec!["[адрес образовательной организации]", "[ИНН]", "[ОГРН]"]
            }
            DocKind::OrderFinalEvent | DocKind::FinalReport => {
                vec!["[дата проведения]", "[форма проведения]"]
            }
            _ => vec![],
        }
    }

    #[test]
    fn every_template_fills_every_field_from_a_full_school() {
        let d = school();
        for kind in DocKind::ALL {
            let doc = generate(kind, &d);
            assert_eq!(doc.placeholders(), expected_left(kind), "{kind:?}");
            let text = doc.plain();
            assert!(
                text.starts_with(&d.profile.full_name.replace("№ ", "№\u{a0}")),
                "{kind:?}: header"
            );
            assert!(!doc.blocks.is_empty());
        }
        let order = generate(DocKind::OrderRegulation, &d).plain();
        for want in [
            "ПРИКАЗ",
            "от 29.08.2025",
            "№ 45-о",
            "Санкт-Петербург",
            "ПРИКАЗЫВАЮ:",
            "куратором реализации целевой модели наставничества педагогических работников — Петров Олег Игоревич, заместитель директора по УВР.",
            "ГБОУ СОШ №\u{a0}96 на 2025/2026 учебный год",
            "(https://school96.ru)",
            "Контроль за исполнением настоящего приказа оставляю за собой.",
            "М.П. Иванова",
            "С приказом ознакомлены:",
            "Петров О.И.",
        ] {
            assert!(order.contains(want), "order lacks «{want}»");
        }
        let reg = generate(DocKind::Regulation, &d).plain();
        for want in [
            "РАССМОТРЕНО и ПРИНЯТО",
            "УТВЕРЖДЕНО",
            "от 29.08.2025 № 45-о",
            "1. Общие положения",
            "10. Документы, регламентирующие наставничество",
            "реверсивное наставничество",
            "легитимности, добровольности",
            "Петров Олег Игоревич",
        ] {
            assert!(reg.contains(want), "regulation lacks «{want}»");
        }
    }

    #[test]
    fn placeholders_appear_exactly_for_missing_data() {
        let mut d = school();
        d.profile.director.full_name.clear();
        d.profile.city = "  ".into();
        d.update_document(DocKind::OrderRegulation, |r| r.number.clear());
        let doc = generate(DocKind::OrderRegulation, &d);
        assert_eq!(
            doc.placeholders(),
            vec!["[номер]", "[населённый пункт]", "[И.О. Фамилия директора]"]
        );
        let mut no_forms = school();
        no_forms.profile.forms.clear();
        assert_eq!(
            generate(DocKind::Regulation, &no_forms).placeholders(),
            vec!["[формы наставничества]"]
        );
        // The Regulation cites the order's number, so it is missing there too.
        assert_eq!(
            generate(DocKind::Regulation, &d).placeholders(),
            vec!["[номер]"]
        );
        let empty = SchoolData::default();
        let all = generate(DocKind::OrderRegulation, &empty).placeholders();
        assert!(all.contains(&"[полное наименование образовательной организации]".to_string()));
        assert!(all.contains(&"[дата]".to_string()));
        for p in &all {
            assert!(placeholder_target(p).is_some(), "no place to fill {p}");
        }
        for p in generate(DocKind::OrderPairs, &school()).placeholders() {
            assert!(placeholder_filled_later(&p).is_some(), "{p}");
        }
        assert_eq!(placeholder_filled_later("[дата]"), None);
    }

    #[test]
    fn roadmap_table_follows_the_data() {
        let mut d = school();
        crate::domain::roadmap::add_row(&mut d.roadmap, 2, "Педсовет <о наставничестве> & «ПНП»")
            .unwrap();
        let doc = generate(DocKind::Roadmap, &d);
        let Block::Table(table) = &doc.blocks[2] else {
            panic!("no table")
        };
        assert_eq!(table.header.len(), 6);
        // 7 stage rows + 23 events.
        assert_eq!(table.rows.len(), 30);
        let text = doc.plain();
        assert!(text.contains("Этап 2. Формирование банка наставляемых"));
        assert!(text.contains("Педсовет <о наставничестве> & «ПНП»"));
        assert!(text.contains("Приложение 2"));
        assert!(text.contains("2.3"));
    }

    #[test]
    fn edits_replace_the_generated_blocks() {
        let mut d = school();
        let mut blocks = generate(DocKind::Regulation, &d).blocks;
        blocks.truncate(2);
        blocks.push(Block::para_plain("Изменённый текст"));
        d.update_document(DocKind::Regulation, |r| r.edited = Some(blocks.clone()));
        let doc = document(DocKind::Regulation, &d);
        assert_eq!(doc.blocks, blocks);
        assert!(doc.plain().contains("Изменённый текст"));
        assert!(!generate(DocKind::Regulation, &d)
            .plain()
            .contains("Изменённый текст"));
    }

    #[test]
    fn personal_documents_carry_the_persons_name() {
        let mut d = school();
        let id = d.add_person("Белова Ирина Сергеевна").unwrap();
        d.update_person(&id, |p| {
            p.position = "Учитель математики".into();
            Ok(())
        })
        .unwrap();
        let consent = for_person(DocKind::ConsentPersonalData, &d, &id).unwrap();
        let text = consent.plain();
        assert!(text.contains("Я, Белова Ирина Сергеевна,"), "{text}");
        assert!(text.contains("/ Белова И.С."));
        assert_eq!(
            consent.title,
            "Согласие на обработку ПД — Белова Ирина Сергеевна"
        );
        let agreement = for_person(DocKind::MentorAgreement, &d, &id)
            .unwrap()
            .plain();
        assert!(
            agreement.contains("и Белова Ирина Сергеевна, учитель математики (далее — Работник)")
        );
        assert!(agreement.contains("Я, Белова Ирина Сергеевна, даю письменное согласие"));
        assert!(for_person(DocKind::Regulation, &d, &id).is_none());
        assert!(for_person(DocKind::ConsentPersonalData, &d, "p404").is_none());
        // The blank keeps its lines.
        assert!(generate(DocKind::ConsentPersonalData, &d)
            .plain()
            .contains("Я, ______"));
    }

    #[test]
    fn names_are_abbreviated() {
        assert_eq!(initials_first("Иванова Мария Петровна"), "М.П. Иванова");
        assert_eq!(surname_initials("Иванова Мария Петровна"), "Иванова М.П.");
        assert_eq!(initials_first("Ли Вэй"), "В. Ли");
        assert_eq!(initials_first(""), "");
    }
}
