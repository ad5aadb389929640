//! Templates: every document of the registry, filled from `SchoolData`. A value missing from
//! the data becomes a visible placeholder («[ФИО директора]»), listed on the document's page.

use super::model::{Align, Block, Document, Run, Signature, Table, Text};
use super::registry::{DocKind, DocRecord};
use crate::domain::data::SchoolData;
use crate::domain::declension::{self, Case, Kind};
use crate::domain::format::date_ru;
use crate::domain::people::Person;
use crate::domain::stages::STAGES;

// Every slot that puts a name, a position or the school's name into a sentence says its case
// (`Case::…` at the call); a nominative only where the sentence needs one (a table cell, a
// signature, a list after a colon, the subject of «…, с другой стороны, заключили»).

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
    declension::lower_first(s)
}

fn t(s: &str) -> Run {
    Run::plain(s)
}

fn b(s: &str) -> Run {
    Run::bold(s)
}

pub use crate::domain::format::{initials_first, surname_initials};

mod further_orders;
mod report;
pub use further_orders::pair_order;
#[cfg(test)]
mod slot_tests;

struct Ctx<'a> {
    data: &'a SchoolData,
    kind: DocKind,
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
    /// A text of the data in a case, with the school's corrections.
    fn decl(&self, text: &str, case: Case, kind: Kind) -> String {
        self.p().decline(text, case, kind)
    }
    /// The school's full name in a case.
    fn full_name_in(&self, case: Case) -> Run {
        val(
            &self.decl(&self.p().full_name, case, Kind::Institution),
            "полное наименование образовательной организации",
        )
    }
    /// The coordinator's ФИО in a case.
    fn coordinator_name_in(&self, case: Case) -> Run {
        val(
            &self.decl(&self.p().coordinator.full_name, case, Kind::Person),
            "ФИО куратора",
        )
    }
    /// «Петрову О.И.»: the coordinator's surname in a case and the initials.
    fn coordinator_short_in(&self, case: Case) -> Run {
        let name = &self.p().coordinator.full_name;
        // The whole name is declined (the patronymic tells the gender), with the school's
        // corrections; then the surname keeps its case and the rest become initials.
        let text = declension::with_initials(&self.decl(name, case, Kind::Person), name);
        val(&text, "Фамилия И.О. куратора")
    }
    /// The coordinator's position in a case, lower-cased for mid-sentence.
    fn coordinator_position_in(&self, case: Case) -> Run {
        val(
            &lower_first(&self.decl(&self.p().coordinator.position, case, Kind::Position)),
            "должность куратора",
        )
    }
    /// The director's position in a case, lower-cased for mid-sentence.
    fn director_position_in(&self, case: Case) -> Run {
        val(
            &lower_first(&self.decl(&self.p().director.position, case, Kind::Position)),
            "должность руководителя",
        )
    }
    /// The director's ФИО in a case.
    fn director_name_in(&self, case: Case) -> Run {
        val(
            &self.decl(&self.p().director.full_name, case, Kind::Person),
            "ФИО директора",
        )
    }
    /// The legal grounds of this document, in the instrumental («Федеральным законом …»).
    fn grounds(&self) -> Vec<String> {
        super::law::cited(self.record_kind(), &self.record, self.p())
    }
    fn record_kind(&self) -> DocKind {
        self.kind
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
            | DocKind::ConsentDissemination
            | DocKind::MentorAgreement
            | DocKind::MenteeQuestionnaire
            | DocKind::MentorQuestionnaire
            | DocKind::Program
    )
}

/// A personal document filled with one teacher's data (`None` for other kinds or an unknown
/// id); for [`DocKind::Program`] the id is a pair's, and the document is that pair's ПНП.
pub fn for_person(kind: DocKind, data: &SchoolData, id: &str) -> Option<Document> {
    if kind == DocKind::OrderPairs {
        return pair_order(data, id);
    }
    if kind == DocKind::Program {
        let pair = data.pair(id)?;
        let ctx = Ctx {
            data,
            kind,
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
        kind,
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
        DocKind::ConsentDissemination => consent_dissemination(&ctx),
        DocKind::OrderReward => order_reward(&ctx),
        DocKind::SatisfactionQuestionnaire => satisfaction(&ctx),
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

/// «В соответствии с <acts in the instrumental>, <aim>,» — the acts the school chose.
fn grounds(c: &Ctx, aim: &str) -> Block {
    let acts = c.grounds();
    if acts.is_empty() {
        return Block::para(vec![t(&format!("{},", upper_first(aim)))]);
    }
    Block::para(vec![t(&format!(
        "В соответствии с {}, {aim},",
        acts.join(", ")
    ))])
}

fn upper_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn order_regulation(c: &Ctx) -> Vec<Block> {
    let mut blocks = c.order_head(
        "Об утверждении положения о целевой модели наставничества педагогических работников в образовательной организации",
    );
    blocks.push(grounds(
        c,
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
                t("Назначить "),
                c.coordinator_name_in(Case::Accusative),
                t(", "),
                c.coordinator_position_in(Case::Accusative),
                t(", куратором реализации целевой модели наставничества педагогических работников."),
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

/// The nine principles of the federal recommendations (DOMAIN.md), in their order.
pub const PRINCIPLES: [&str; 9] = [
    "научности",
    "системности и стратегической целостности",
    "легитимности",
    "обеспечения суверенных прав личности",
    "добровольности, свободы выбора, учёта многофакторности",
    "аксиологичности",
    "личной ответственности",
    "индивидуализации и персонализации",
    "равенства",
];

fn regulation(c: &Ctx) -> Vec<Block> {
    let order = c.approving_order();
    let mut blocks = vec![Block::Approval {
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
    }];
    if c.p().union_opinion {
        blocks.push(Block::Approval {
            left: vec![
                vec![b("УЧТЕНО")],
                vec![t("мнение первичной профсоюзной организации")],
                vec![t("протокол № ____ от «___» ________ 20__ г.")],
            ],
            right: vec![
                vec![b("СОГЛАСОВАНО")],
                vec![t("Председатель первичной профсоюзной организации")],
                vec![t("________________ / ______________")],
            ],
        });
    }
    blocks.extend([
        Block::heading(1, "ПОЛОЖЕНИЕ"),
        Block::aligned(
            vec![
                b("о целевой модели наставничества педагогических работников в "),
                strong(c.short_name()),
            ],
            Align::Center,
        ),
    ]);
    let forms = c
        .p()
        .forms
        .iter()
        .map(|f| f.label())
        .collect::<Vec<_>>()
        .join("; ");
    let forms = val(&forms, "формы наставничества");
    let young = match c.p().young_rule {
        crate::domain::school::YoungRule::Both => "педагогический работник в возрасте до 35 лет, стаж педагогической работы которого не превышает трёх лет",
        crate::domain::school::YoungRule::Either => "педагогический работник в возрасте до 35 лет или со стажем педагогической работы не более трёх лет",
    };
    section(
        &mut blocks,
        "1. Общие положения",
        &[
            vec![
                t("1.1. Настоящее Положение определяет цели, задачи, формы и порядок осуществления наставничества педагогических работников в "),
                c.full_name_in(Case::Prepositional),
                t(" (далее — образовательная организация)."),
            ],
            vec![t(&match c.grounds() {
                acts if acts.is_empty() => "1.2. Положение разработано в соответствии с законодательством Российской Федерации.".to_string(),
                acts => format!("1.2. Положение разработано в соответствии с {}.", acts.join(", ")),
            })],
            vec![t(&format!(
                "1.3. Наставничество осуществляется на основе принципов: {}.",
                PRINCIPLES.join("; ")
            ))],
            vec![t("1.4. Участие в наставничестве добровольно. Наставник осуществляет наставничество с его письменного согласия; содержание, срок и форма наставнической работы, её оплата устанавливаются трудовым договором или дополнительным соглашением к нему (статья 351.8 Трудового кодекса Российской Федерации).")],
        ],
    );
    section(
        &mut blocks,
        "2. Основные понятия",
        &[
            vec![t("2.1. Наставничество — форма обеспечения профессионального становления, развития и адаптации к квалифицированному исполнению должностных обязанностей лиц, в отношении которых осуществляется наставничество.")],
            vec![t("2.2. Наставник — педагогический работник, назначаемый ответственным за профессиональную и должностную адаптацию лица, в отношении которого осуществляется наставничество.")],
            vec![t("2.3. Наставляемый — педагогический работник, в отношении которого осуществляется наставничество.")],
            vec![t("2.4. Куратор — работник образовательной организации, назначаемый приказом руководителя, который осуществляет организационное и методическое сопровождение реализации целевой модели наставничества.")],
            vec![t("2.5. Наставническая пара (группа) — наставник и один (несколько) наставляемый, закреплённые приказом руководителя образовательной организации.")],
            vec![t("2.6. Персонализированная программа наставничества — краткосрочная (от трёх месяцев до одного года) программа, включающая цель, задачи, план мероприятий и ожидаемые результаты, разрабатываемая наставником совместно с наставляемым.")],
            vec![t(&format!("2.7. Молодой специалист — {young}."))],
            vec![t("2.8. Форма наставничества — способ реализации целевой модели через организацию работы наставнической пары (группы), участники которой находятся в заданной ролевой ситуации.")],
        ],
    );
    section(
        &mut blocks,
        "3. Цели и задачи наставничества",
        &[
            vec![t("3.1. Цель наставничества — реализация комплекса мер по созданию эффективной среды наставничества, способствующей непрерывному профессиональному росту и самоопределению педагогических работников, их адаптации в образовательной организации.")],
            vec![t("3.2. Задачи наставничества: содействие профессиональному развитию и закреплению молодых специалистов; адаптация педагогов, пришедших в образовательную организацию или на новую должность; преодоление выявленных профессиональных дефицитов; распространение лучших практик наставничества; развитие корпоративной культуры.")],
        ],
    );
    section(
        &mut blocks,
        "4. Организационные основы наставничества",
        &[
            // The coordinator is appointed by order, not named in this long-lived act.
            vec![t("4.1. Наставничество организуется на основании приказа руководителя образовательной организации. Руководство реализацией целевой модели наставничества осуществляет куратор, назначаемый приказом руководителя образовательной организации.")],
            vec![
                t("4.2. В образовательной организации применяются следующие формы наставничества: "),
                forms,
                t(". Взаимодействие может проводиться очно, дистанционно или смешанно."),
            ],
            vec![t("4.3. Наставничество осуществляется по персонализированной программе наставничества, разрабатываемой для каждой пары (группы) на срок от трёх месяцев до одного года.")],
            vec![t("4.4. Наставничество является дополнительной работой наставника и оплачивается. Размер и условия оплаты устанавливаются в соответствии с нормативными правовыми актами Российской Федерации, субъекта Российской Федерации и органа местного самоуправления, коллективным договором и локальными нормативными актами образовательной организации и указываются в трудовом договоре или дополнительном соглашении к нему.")],
            vec![t("4.5. Наставник и образовательная организация вправе досрочно прекратить выполнение наставничества, письменно предупредив об этом другую сторону не позднее чем за три рабочих дня.")],
        ],
    );
    section(
        &mut blocks,
        "5. Участники наставничества",
        &[
            vec![t("5.1. Наставляемыми могут быть педагогические работники: молодые специалисты; впервые принятые на работу в образовательную организацию; переведённые на новую должность или приступившие к работе после длительного перерыва; имеющие выявленные профессиональные дефициты; изъявившие желание получить поддержку наставника.")],
            vec![t("5.2. Наставниками могут быть педагогические работники, давшие письменное согласие на осуществление наставничества, имеющие, как правило, стаж педагогической работы не менее пяти лет и (или) первую или высшую квалификационную категорию (квалификационную категорию «педагог-наставник»), демонстрирующие высокие результаты профессиональной деятельности, обладающие коммуникативными навыками и пользующиеся авторитетом в коллективе.")],
            vec![t("5.3. Наставник одновременно может вести, как правило, не более трёх наставляемых.")],
        ],
    );
    section(
        &mut blocks,
        "6. Права и обязанности наставника",
        &[
            vec![t("6.1. Наставник обязан: разрабатывать совместно с наставляемым персонализированную программу наставничества и содействовать её выполнению; оказывать наставляемому методическую и практическую помощь; личным примером развивать положительные качества наставляемого; участвовать в мониторинге результатов.")],
            vec![t("6.2. Наставник имеет право: привлекать других специалистов к работе с наставляемым по согласованию с куратором; участвовать в обсуждении вопросов профессиональной деятельности наставляемого; вносить предложения о поощрении и о совершенствовании работы; досрочно прекратить выполнение наставничества в порядке, предусмотренном пунктом 4.5 настоящего Положения.")],
        ],
    );
    section(
        &mut blocks,
        "7. Права и обязанности наставляемого",
        &[
            vec![t("7.1. Наставляемый обязан: выполнять мероприятия персонализированной программы наставничества в установленные сроки; изучать нормативные документы, регламентирующие его профессиональную деятельность; отчитываться о выполнении программы.")],
            vec![t("7.2. Наставляемый имеет право: выбирать наставника из банка наставников; обращаться к наставнику за помощью по вопросам профессиональной деятельности; ходатайствовать о замене наставника.")],
        ],
    );
    section(
        &mut blocks,
        "8. Права и обязанности куратора",
        &[
            vec![t("8.1. Куратор обязан: формировать банк наставников и банк наставляемых; организовывать формирование наставнических пар (групп) и готовить проекты приказов об их закреплении, замене наставника и завершении наставничества; организовывать обучение наставников; контролировать реализацию персонализированных программ наставничества; проводить мониторинг и оценку результатов; обеспечивать информационное сопровождение наставничества на официальном сайте образовательной организации.")],
            vec![t("8.2. Куратор имеет право: запрашивать у наставников и наставляемых сведения о ходе реализации программ; вносить руководителю предложения о составе пар (групп), о поощрении наставников и о совершенствовании системы наставничества.")],
        ],
    );
    section(
        &mut blocks,
        "9. Права и обязанности руководителя образовательной организации",
        &[
            vec![t("9.1. Руководитель образовательной организации обязан: утверждать Положение, Дорожную карту и персонализированные программы наставничества; назначать куратора; издавать приказы о закреплении наставнических пар (групп), о замене наставника и о завершении наставничества; заключать с наставниками дополнительные соглашения к трудовым договорам; создавать условия для реализации наставничества.")],
            vec![t("9.2. Руководитель образовательной организации имеет право: принимать решения о поощрении наставников; привлекать к наставничеству педагогических работников других организаций на основании договоров.")],
        ],
    );
    section(
        &mut blocks,
        "10. Процесс формирования наставнических пар и групп",
        &[
            vec![t("10.1. Наставнические пары (группы) формируются куратором на основе анализа банка наставников и банка наставляемых с учётом профессиональных запросов наставляемых, компетенций наставников и добровольного согласия сторон.")],
            vec![t("10.2. Наставнические пары (группы) закрепляются приказом руководителя образовательной организации при наличии письменного согласия участников. Пары (группы), сформированные позднее, закрепляются дополнительным приказом.")],
            vec![t("10.3. Замена наставника производится приказом руководителя по заявлению наставника или наставляемого либо по иным обоснованным причинам.")],
        ],
    );
    section(
        &mut blocks,
        "11. Завершение наставничества",
        &[vec![t("11.1. Наставничество завершается по окончании срока персонализированной программы наставничества, по достижении её целей, а также досрочно по инициативе наставника или наставляемого либо по решению руководителя, оформленному приказом. Завершение программ сопровождается итоговым мероприятием, на котором выявляются лучшие практики наставничества.")]],
    );
    section(
        &mut blocks,
        "12. Мониторинг и оценка результатов",
        &[vec![t("12.1. Мониторинг включает оценку качества реализации персонализированных программ наставничества (анкетирование удовлетворённости наставников и наставляемых) и оценку динамики профессиональных компетенций наставляемых (самооценка до и после программы). Результаты мониторинга рассматриваются на педагогическом совете.")]],
    );
    section(
        &mut blocks,
        "13. Мотивация и поощрение наставников",
        &[
            vec![t("13.1. Наставничество оплачивается в соответствии с пунктом 4.4 настоящего Положения.")],
            vec![t("13.2. Наставники, показавшие высокие результаты, могут быть представлены к поощрению: объявлению благодарности, награждению грамотой, к ведомственным наградам, в том числе к нагрудному знаку «За наставничество»; участию в конкурсах профессионального мастерства; размещению их практик в методической копилке.")],
            vec![t("13.3. Результаты наставнической деятельности учитываются при аттестации педагогических работников, в том числе при присвоении квалификационной категории «педагог-наставник» (приказ Министерства просвещения Российской Федерации от 24.03.2023 № 196).")],
        ],
    );
    section(
        &mut blocks,
        "14. Документы, регламентирующие наставничество",
        &[vec![t("14.1. К документам, регламентирующим наставничество, относятся: настоящее Положение; приказ об утверждении Положения и Дорожной карты; Дорожная карта; приказы о закреплении наставнических пар (групп), о замене наставника и о завершении наставничества; персонализированные программы наставничества; дополнительные соглашения к трудовым договорам наставников и их письменные согласия; согласия на обработку персональных данных и согласия на их распространение; приказ о проведении итогового мероприятия.")]],
    );
    section(
        &mut blocks,
        "15. Заключительные положения",
        &[
            vec![t("15.1. Настоящее Положение вступает в силу со дня его утверждения приказом руководителя образовательной организации и действует до его отмены или принятия нового Положения.")],
            vec![t("15.2. Изменения в настоящее Положение вносятся в порядке, установленном для его принятия, с учётом мнения педагогического совета.")],
        ],
    );
    blocks
}

fn roadmap(c: &Ctx) -> Vec<Block> {
    let first_year = crate::domain::school::parse_academic_year(&c.p().academic_year).ok();
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
                vec![t(&match first_year {
                    Some(y) => crate::domain::roadmap::with_years(&r.deadline, y),
                    None => r.deadline.clone(),
                })],
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
    // The first order fixes the active pairs that no additional order took.
    let active = c.data.first_order_pairs();
    pairs_order(
        c,
        "О закреплении наставнических пар (групп)",
        "Закрепить",
        active,
    )
}

/// An order fixing pairs: the first one, or an additional one (`verb` «Дополнительно
/// закрепить»), with the list of its pairs as the annex.
fn pairs_order(
    c: &Ctx,
    title: &str,
    verb: &str,
    active: Vec<&crate::domain::pairs::Pair>,
) -> Vec<Block> {
    let mut blocks = c.order_head(title);
    blocks.push(grounds(
        c,
        "Положением о целевой модели наставничества педагогических работников, на основании письменного согласия наставников и наставляемых",
    ));
    blocks.push(Block::aligned(vec![b("ПРИКАЗЫВАЮ:")], Align::Left));
    blocks.push(Block::List {
        ordered: true,
        items: vec![
            vec![t(&format!("{verb} наставнические пары (группы) на ")), c.year(), t(" учебный год согласно приложению к настоящему приказу.")],
            vec![t("Наставникам совместно с наставляемыми в течение двух недель разработать персонализированные программы наставничества и представить их на утверждение.")],
            vec![t("Заключить с наставниками дополнительные соглашения к трудовым договорам о выполнении наставничества (статья 351.8 Трудового кодекса Российской Федерации), определяющие содержание, форму и срок наставнической работы и её оплату, на период, указанный в приложении к настоящему приказу.")],
            vec![
                t("Установить наставникам на период наставничества доплату в размере "),
                match c.p().pay_amount.trim() {
                    "" => t("______________________________"),
                    v => Run::plain(v),
                },
                match c.p().pay_source.trim() {
                    "" => t(""),
                    v => Run::plain(format!(" {v}")),
                },
                t(" в соответствии с коллективным договором и локальными нормативными актами образовательной организации."),
            ],
            vec![t("Куратору "), c.coordinator_short_in(Case::Dative), t(" обеспечить сопровождение работы наставнических пар (групп) и мониторинг реализации программ.")],
            vec![t("Контроль за исполнением настоящего приказа оставляю за собой.")],
        ],
    });
    blocks.push(c.director_signature_block());
    // Everyone the order gives duties to signs that they have read it.
    blocks.push(acquaintance(
        c,
        active
            .iter()
            .flat_map(|g| std::iter::once(&g.mentor).chain(&g.mentees))
            .map(String::as_str),
    ));
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
        // The form column takes the longest label («Краткосрочное, или целеполагающее …»)
        // without breaking a word.
        widths: vec![6, 28, 32, 20, 14],
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

/// «С приказом ознакомлены:» — the coordinator, then every person the order names, each once.
fn acquaintance<'a>(c: &Ctx, ids: impl IntoIterator<Item = &'a str>) -> Block {
    let mut people: Vec<Text> = vec![vec![val(
        &surname_initials(&c.p().coordinator.full_name),
        "Фамилия И.О. куратора",
    )]];
    for id in ids {
        if let Some(p) = c.data.person(id) {
            let line = vec![Run::plain(surname_initials(&p.full_name))];
            if !people.contains(&line) {
                people.push(line);
            }
        }
    }
    Block::Acquaintance {
        title: vec![t("С приказом ознакомлены:")],
        people,
    }
}

/// «Ивановой Анны Петровны, учителя математики»: a person with the position, in a case.
fn name_position_in(c: &Ctx, p: &Person, case: Case) -> String {
    let name = c.decl(&p.full_name, case, Kind::Person);
    if p.position.trim().is_empty() {
        name
    } else {
        format!(
            "{name}, {}",
            lower_first(&c.decl(&p.position, case, Kind::Position))
        )
    }
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
                        "Наставляемые (ФИО, должность, педагогический стаж)"
                    } else {
                        "Наставляемый (ФИО, должность, педагогический стаж)"
                    },
                    vec![Run::plain(
                        mentees
                            .iter()
                            .map(|p| match p.experience {
                                Some(y) => format!(
                                    "{}, стаж {}",
                                    name_position(p),
                                    crate::domain::format::count(y.into(), ["год", "года", "лет"])
                                ),
                                None => name_position(p),
                            })
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
    blocks.push(Block::heading(2, "Ожидаемые результаты"));
    let results: Vec<String> = g
        .program
        .tasks
        .iter()
        .flat_map(|t| t.items.iter())
        .map(|i| i.result.trim().to_string())
        .filter(|r| !r.is_empty())
        .fold(Vec::new(), |mut acc, r| {
            if !acc.contains(&r) {
                acc.push(r);
            }
            acc
        });
    if results.is_empty() {
        blocks.push(Block::para_plain(
            "Преодоление профессиональных затруднений, указанных в программе; положительная динамика самооценки профессиональных компетенций наставляемого; успешная адаптация в образовательной организации.",
        ));
    } else {
        blocks.push(Block::List {
            ordered: false,
            items: results.into_iter().map(|r| vec![Run::plain(r)]).collect(),
        });
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
    blocks.extend(closing_blocks());
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

/// The ПНП's closing part, filled by hand at the end: the results and the mentee's review.
fn closing_blocks() -> Vec<Block> {
    let line = || {
        Block::para_plain(
            "__________________________________________________________________________",
        )
    };
    vec![
        Block::heading(2, "Итоги реализации программы"),
        Block::para_plain(
            "Цель программы достигнута: полностью / частично / не достигнута (нужное подчеркнуть).",
        ),
        line(),
        line(),
        Block::heading(2, "Отзыв наставляемого о работе с наставником"),
        line(),
        line(),
        line(),
    ]
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
    ]
    .into_iter()
    .chain(closing_blocks())
    .chain([
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
    ])
    .collect()
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
            c.full_name_in(Case::Dative),
            t(" (адрес: "),
            val(&c.p().address, "адрес образовательной организации"),
            t(", ИНН "),
            val(&c.p().inn, "ИНН"),
            t(", ОГРН "),
            val(&c.p().ogrn, "ОГРН"),
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

/// The consent to dissemination (art. 10.1 of 152-ФЗ) with the content that приказ
/// Роскомнадзора от 24.02.2021 № 18 requires: the subject and their contacts; the operator's
/// name, address, ИНН, ОГРН; the exact web address where the data appear; the purpose; the
/// categories of data; the conditions and bans the subject sets; the term.
fn consent_dissemination(c: &Ctx) -> Vec<Block> {
    let section = crate::domain::public::section_link(c.data, "");
    let contacts = match c.person {
        Some(p) => [p.phone.trim(), p.email.trim()]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(", "),
        None => String::new(),
    };
    let row = |what: &str| vec![vec![t(what)], vec![t("да / нет")], vec![t("")]];
    vec![
        Block::heading(1, "СОГЛАСИЕ"),
        Block::aligned(
            vec![b("на обработку персональных данных, разрешённых субъектом персональных данных для распространения")],
            Align::Center,
        ),
        Block::para(vec![
            t("Я, "),
            c.person_name("________________________________________________ (фамилия, имя, отчество)"),
            t(", контактная информация (телефон, адрес электронной почты или почтовый адрес): "),
            if contacts.is_empty() {
                t("______________________________________")
            } else {
                Run::plain(contacts)
            },
            t(","),
        ]),
        Block::para(vec![
            t("в соответствии со статьёй 10.1 Федерального закона от 27.07.2006 № 152-ФЗ «О персональных данных» даю согласие оператору — "),
            c.full_name_in(Case::Dative),
            t(" (адрес: "),
            val(&c.p().address, "адрес образовательной организации"),
            t(", ИНН "),
            val(&c.p().inn, "ИНН"),
            t(", ОГРН "),
            val(&c.p().ogrn, "ОГРН"),
            t(") на распространение моих персональных данных."),
        ]),
        Block::para(vec![
            t("Информационный ресурс, посредством которого осуществляется распространение: раздел «Наставничество» официального сайта образовательной организации — "),
            if section.trim().is_empty() {
                Run::placeholder("адрес раздела о наставничестве на сайте")
            } else {
                Run::plain(section)
            },
            t("."),
        ]),
        Block::para(vec![t("Цель распространения: информирование о реализации системы (целевой модели) наставничества педагогических работников в образовательной организации, распространение лучших практик наставничества.")]),
        Block::para(vec![t("Категории и перечень персональных данных, на распространение которых даётся согласие (отметьте «да» или «нет»; в графе «Условия и запреты» — условия и запреты, если они устанавливаются):")]),
        Block::Table(Table {
            widths: vec![50, 15, 35],
            header: ["Персональные данные", "Согласие", "Условия и запреты"]
                .iter()
                .map(|h| vec![b(h)])
                .collect(),
            rows: vec![
                row("Фамилия, имя, отчество"),
                row("Должность, преподаваемые предметы"),
                row("Квалификационная категория, педагогический стаж"),
                row("Участие в наставничестве (роль наставника или наставляемого)"),
                row("Рассказ о наставнической практике и её результатах"),
                row("Фотографическое изображение (биометрические персональные данные)"),
            ],
        }),
        Block::para(vec![t("Условия, при которых полученные персональные данные могут передаваться оператором только по его внутренней сети либо с использованием информационно-телекоммуникационных сетей, или запрет на такую передачу: ______________________________________________ (заполняется по желанию).")]),
        Block::para(vec![t("Запрет на передачу (кроме предоставления доступа) персональных данных неограниченному кругу лиц, а также запрет на обработку или условия обработки (кроме получения доступа) этих данных неограниченным кругом лиц: ______________________________________________ (заполняется по желанию).")]),
        Block::para(vec![t("Согласие действует до окончания "), c.year(), t(" учебного года либо до его отзыва. Я вправе в любое время потребовать прекратить распространение моих персональных данных, направив оператору требование в письменной форме (часть 12 статьи 10.1 Федерального закона «О персональных данных»).")]),
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

/// The mentor's own start in a pair: the day a replacement made them its mentor, else the
/// pair's start (art. 351.8: the agreement states the period of *this* mentor's work).
fn mentor_start<'a>(g: &'a crate::domain::pairs::Pair, mentor: &str) -> &'a str {
    g.history
        .iter()
        .rev()
        .find(|h| h.to == mentor)
        .map(|h| h.date.as_str())
        .unwrap_or(g.start.as_str())
}

/// The mentor's active pairs.
fn mentor_pairs<'a>(c: &Ctx<'a>) -> Vec<&'a crate::domain::pairs::Pair> {
    match c.person {
        Some(p) => c
            .data
            .pairs
            .iter()
            .filter(|g| g.active() && g.mentor == p.id)
            .collect(),
        None => vec![],
    }
}

/// «Работник … осуществляет наставничество в отношении …»: the mentees (genitive), the form and
/// the period of the mentor's active pairs, or blanks.
fn mentoring_clause(c: &Ctx) -> Text {
    let pairs = mentor_pairs(c);
    let head = "Работник с его письменного согласия (статья 351.8 Трудового кодекса Российской Федерации) наряду с работой, определённой трудовым договором, осуществляет наставничество в отношении ";
    if pairs.is_empty() {
        return vec![t(&format!("{head}________________________________ (фамилия, имя, отчество, должность наставляемого в родительном падеже) в форме ________________________ в период с «___» ________ 20__ г. по «___» ________ 20__ г."))];
    }
    let parts: Vec<String> = pairs
        .iter()
        .map(|g| {
            let names: Vec<String> = g
                .mentees
                .iter()
                .filter_map(|m| c.data.person(m))
                .map(|p| name_position_in(c, p, Case::Genitive))
                .collect();
            let mentor = c.person.map(|p| p.id.as_str()).unwrap_or_default();
            format!(
                "{} (форма наставничества — {}) в период {}",
                names.join("; "),
                lower_first(g.form.label()),
                period(mentor_start(g, mentor), &g.end)
            )
        })
        .collect();
    vec![t(head), Run::plain(format!("{}.", parts.join("; ")))]
}

/// The agreement's period: from the mentor's earliest start to the latest end of their pairs.
fn agreement_period(c: &Ctx) -> (String, String) {
    let pairs = mentor_pairs(c);
    let mentor = c.person.map(|p| p.id.as_str()).unwrap_or_default();
    let start = pairs
        .iter()
        .map(|g| mentor_start(g, mentor))
        .filter(|s| !s.is_empty())
        .min()
        .unwrap_or_default()
        .to_string();
    let end = pairs
        .iter()
        .map(|g| g.end.as_str())
        .filter(|s| !s.is_empty())
        .max()
        .unwrap_or_default()
        .to_string();
    (start, end)
}

fn blank_date(iso: &str) -> String {
    if iso.is_empty() {
        "«___» ________ 20__ г.".to_string()
    } else {
        date_ru(iso)
    }
}

fn mentor_agreement(c: &Ctx) -> Vec<Block> {
    let (start, end) = agreement_period(c);
    let pay_amount = match c.p().pay_amount.trim() {
        "" => t("______________________________"),
        v => Run::plain(v),
    };
    let pay_source = match c.p().pay_source.trim() {
        "" => t("______________________________ (источник)"),
        v => Run::plain(v),
    };
    let local_acts = c
        .p()
        .regional_acts
        .iter()
        .filter(|a| !a.trim().is_empty())
        .count();
    vec![
        Block::heading(1, "ДОПОЛНИТЕЛЬНОЕ СОГЛАШЕНИЕ № ____"),
        Block::aligned(vec![b("к трудовому договору от «___» ________ 20__ г. № ____")], Align::Center),
        Block::aligned(vec![c.city(), t("                                        «___» ____________ 20__ г.")], Align::Left),
        Block::para(vec![
            c.full_name(),
            t(" (далее — Работодатель) в лице "),
            c.director_position_in(Case::Genitive),
            t(" "),
            c.director_name_in(Case::Genitive),
            t(match declension::gender_of(&c.p().director.full_name) {
                Some(declension::Gender::Female) => ", действующей на основании Устава, с одной стороны, и ",
                _ => ", действующего на основании Устава, с одной стороны, и ",
            }),
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
                vec![t("Содержание наставнической работы: разработка совместно с наставляемым персонализированной программы наставничества и содействие её выполнению; оказание наставляемому методической и практической помощи в освоении должностных обязанностей, в планировании и проведении учебных занятий и воспитательной работы; посещение занятий наставляемого и их анализ; участие в мониторинге и оценке результатов наставничества, подготовка отчёта о выполнении программы — в соответствии с Положением о целевой модели наставничества педагогических работников Работодателя.")],
                vec![t("Наставничество осуществляется в рабочее время по персонализированной программе наставничества; взаимодействие проводится очно, дистанционно или смешанно.")],
                vec![
                    t("За осуществление наставничества Работнику устанавливается доплата в размере "),
                    pay_amount,
                    t(", выплачиваемая ежемесячно "),
                    pay_source,
                    t(if local_acts > 0 {
                        ". Размер и условия доплаты определяются в соответствии с нормативными правовыми актами субъекта Российской Федерации и органа местного самоуправления, указанными в Положении о целевой модели наставничества, коллективным договором и локальными нормативными актами Работодателя."
                    } else {
                        ". Размер и условия доплаты определяются в соответствии с нормативными правовыми актами субъекта Российской Федерации (органа местного самоуправления), коллективным договором и локальными нормативными актами Работодателя."
                    }),
                ],
                vec![t("Каждая из сторон вправе досрочно прекратить выполнение наставничества, предупредив об этом другую сторону в письменной форме не позднее чем за три рабочих дня. При замене наставника или досрочном завершении наставничества доплата прекращается со дня прекращения наставничества.")],
                vec![
                    t("Настоящее соглашение вступает в силу с "),
                    Run::plain(blank_date(&start)),
                    t(" и действует по "),
                    Run::plain(blank_date(&end)),
                    t(" включительно либо до досрочного прекращения наставничества."),
                ],
                vec![t("Настоящее соглашение является неотъемлемой частью трудового договора, составлено в двух экземплярах, имеющих одинаковую юридическую силу, по одному для каждой из сторон. Остальные условия трудового договора остаются без изменений.")],
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
        Block::aligned(
            vec![
                t("Экземпляр дополнительного соглашения получил(а): «___» ____________ 20__ г.   ____________ / "),
                c.person_short("______________________"),
            ],
            Align::Left,
        ),
        Block::heading(2, "Согласие на осуществление наставничества"),
        Block::para(vec![
            t("Я, "),
            c.person_name("________________________________"),
            t(", в соответствии со статьёй 351.8 Трудового кодекса Российской Федерации даю письменное согласие на осуществление наставничества в "),
            c.short_name(),
            t(" на условиях настоящего дополнительного соглашения."),
        ]),
        Block::aligned(
            vec![
                t("«___» ____________ 20__ г.        ____________ / "),
                c.person_short("______________________"),
            ],
            Align::Left,
        ),
    ]
}

fn order_final_event(c: &Ctx) -> Vec<Block> {
    let event = &c.data.final_event;
    let mut blocks = c.order_head(
        "О проведении итогового мероприятия в рамках реализации системы (целевой модели) наставничества педагогических работников",
    );
    blocks.push(grounds(
        c,
        "Дорожной картой по реализации Положения о целевой модели наставничества педагогических работников, в целях подведения итогов реализации персонализированных программ наставничества и выявления лучших практик наставничества",
    ));
    blocks.push(Block::aligned(vec![b("ПРИКАЗЫВАЮ:")], Align::Left));
    let program = event.program_items();
    let people: Vec<&Person> = event
        .participants
        .iter()
        .filter_map(|id| c.data.person(id))
        .collect();
    let participants: Vec<String> = people
        .iter()
        .map(|p| surname_initials(&p.full_name))
        .collect();
    let mut first = vec![
        t("Провести итоговое мероприятие по выявлению лучших практик наставничества "),
        val(&date_ru(&event.date), "дата проведения"),
    ];
    if !event.time.trim().is_empty() {
        first.push(t(&format!(" в {}", event.time.trim())));
    }
    first.push(t(" в форме "));
    first.push(val(
        &lower_first(&c.decl(&event.format, Case::Genitive, Kind::Institution)),
        "форма проведения",
    ));
    first.push(t(". Место проведения: "));
    first.push(val(&event.place, "место проведения"));
    first.push(t("."));
    let mut items = vec![first];
    if program.is_empty() {
        items.push(vec![
            t("Куратору "),
            c.coordinator_short_in(Case::Dative),
            t(" в срок до «___» ________ 20__ г. подготовить программу итогового мероприятия и представить её на утверждение."),
        ]);
    } else {
        items.push(vec![t(
            "Утвердить программу итогового мероприятия (приложение к настоящему приказу).",
        )]);
    }
    if !participants.is_empty() {
        items.push(vec![t(&format!(
            "Определить участниками итогового мероприятия (с представлением результатов персонализированных программ наставничества): {}.",
            participants.join(", ")
        ))]);
    } else {
        items.push(vec![t("Наставникам и наставляемым представить на итоговом мероприятии результаты реализации персонализированных программ наставничества.")]);
    }
    let jury = event.jury_members();
    items.push(if jury.is_empty() {
        vec![
            t("Создать экспертную группу для определения лучших практик наставничества в составе: председатель — "),
            c.director_position_in(Case::Nominative),
            t(" "),
            c.director_signature(),
            t("; члены — "),
            c.coordinator_position_in(Case::Nominative),
            t(" "),
            val(&initials_first(&c.p().coordinator.full_name), "И.О. Фамилия куратора"),
            t(", руководители методических объединений."),
        ]
    } else {
        vec![t(&format!(
            "Создать экспертную группу для определения лучших практик наставничества в составе: {}.",
            jury.join("; ")
        ))]
    });
    items.push(vec![t(&format!(
        "Экспертной группе определить лучшие практики наставничества по критериям: {}.",
        event.criteria_items().join("; ")
    ))]);
    items.extend([
        vec![
            t("Куратору "),
            c.coordinator_short_in(Case::Dative),
            t(" организовать представление результатов персонализированных программ наставничества, обобщить результаты мониторинга и пополнить методическую копилку лучшими практиками наставничества."),
        ],
        vec![t("Разместить информацию о проведении итогового мероприятия на официальном сайте образовательной организации.")],
        vec![t("Контроль за исполнением настоящего приказа оставляю за собой.")],
    ]);
    blocks.push(Block::List {
        ordered: true,
        items,
    });
    blocks.push(c.director_signature_block());
    blocks.push(acquaintance(c, people.iter().map(|p| p.id.as_str())));
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

/// The blank of the stage 6 satisfaction questionnaires, with the school's own questions and
/// scales: one for the mentee, one for the mentor.
fn satisfaction(c: &Ctx) -> Vec<Block> {
    let m = &c.data.monitoring;
    let part = |title: &str, questions: &[crate::domain::monitoring::Question]| {
        let max = questions.iter().map(|q| q.scale).max().unwrap_or(5).max(1);
        let mut widths = vec![40u16];
        widths.extend((1..=max).map(|_| 6u16));
        let mut header = vec![vec![b("Вопрос")]];
        header.extend((1..=max).map(|n| vec![b(&n.to_string())]));
        let rows = questions
            .iter()
            .enumerate()
            .map(|(i, q)| {
                let mut row = vec![vec![t(&format!("{}. {}", i + 1, q.text))]];
                row.extend((1..=max).map(|n| vec![t(if n <= q.scale { "" } else { "—" })]));
                row
            })
            .collect();
        vec![
            Block::heading(2, title),
            Block::para(vec![Run::italic(
                "Отметьте одну оценку в каждой строке: чем больше число, тем выше оценка.",
            )]),
            Block::Table(Table {
                widths,
                header,
                rows,
            }),
            Block::para_plain("Что было самым полезным? Что стоит изменить?"),
            Block::para_plain(
                "__________________________________________________________________________",
            ),
            Block::para_plain(
                "__________________________________________________________________________",
            ),
            Block::aligned(
                vec![t("Дата: «___» ____________ 20__ г.        ФИО (по желанию): ______________________")],
                Align::Left,
            ),
        ]
    };
    let mut blocks = vec![
        Block::heading(1, "АНКЕТЫ"),
        Block::aligned(
            vec![b("удовлетворённости участников наставничества")],
            Align::Center,
        ),
        Block::aligned(vec![c.year(), t(" учебный год")], Align::Center),
        Block::para_plain("Анкетирование проводится для мониторинга качества реализации персонализированных программ наставничества. Ответы используются в обобщённом виде."),
    ];
    blocks.extend(part("Анкета наставляемого", &m.mentee_questions));
    blocks.push(Block::PageBreak);
    blocks.extend(part("Анкета наставника", &m.mentor_questions));
    blocks
}

/// The order on rewarding mentors: the mentors of the year's pairs not ended early (the
/// authors of the best practices first), in the dative after «Объявить благодарность».
fn order_reward(c: &Ctx) -> Vec<Block> {
    let d = c.data;
    let mut mentors: Vec<&Person> = Vec::new();
    let best_authors: Vec<&str> = d
        .library
        .iter()
        .filter(|p| p.best && !p.author.is_empty())
        .map(|p| p.author.as_str())
        .collect();
    let mut ids: Vec<&str> = d
        .pairs
        .iter()
        .filter(|g| g.status != crate::domain::pairs::PairStatus::Terminated)
        .map(|g| g.mentor.as_str())
        .collect();
    ids.sort_by_key(|id| !best_authors.contains(id));
    for id in ids {
        if let Some(p) = d.person(id) {
            if !mentors.iter().any(|m| m.id == p.id) {
                mentors.push(p);
            }
        }
    }
    let mut blocks =
        c.order_head("О поощрении педагогических работников за наставническую деятельность");
    blocks.push(grounds(
        c,
        "Положением о целевой модели наставничества педагогических работников, по итогам реализации персонализированных программ наставничества и итогового мероприятия",
    ));
    blocks.push(Block::aligned(vec![b("ПРИКАЗЫВАЮ:")], Align::Left));
    let list = if mentors.is_empty() {
        vec![t("________________________________ (фамилии, имена, отчества, должности наставников в дательном падеже)")]
    } else {
        vec![Run::plain(
            mentors
                .iter()
                .map(|p| name_position_in(c, p, Case::Dative))
                .collect::<Vec<_>>()
                .join("; "),
        )]
    };
    let mut first = vec![
        t("Объявить благодарность за результативную наставническую деятельность в "),
        c.year(),
        t(" учебном году: "),
    ];
    first.extend(list);
    first.push(t("."));
    blocks.push(Block::List {
        ordered: true,
        items: vec![
            first,
            vec![t("Учесть результаты наставнической деятельности при установлении выплат стимулирующего характера в соответствии с локальными нормативными актами образовательной организации и при аттестации педагогических работников, в том числе на квалификационную категорию «педагог-наставник» (приказ Министерства просвещения Российской Федерации от 24.03.2023 № 196).")],
            vec![t("Рассмотреть возможность представления наиболее отличившихся наставников к ведомственным наградам, в том числе к нагрудному знаку «За наставничество».")],
            vec![
                t("Куратору "),
                c.coordinator_short_in(Case::Dative),
                t(" разместить информацию о лучших практиках наставничества на официальном сайте образовательной организации (с согласия наставников на распространение персональных данных)."),
            ],
            vec![t("Контроль за исполнением настоящего приказа оставляю за собой.")],
        ],
    });
    blocks.push(c.director_signature_block());
    blocks.push(acquaintance(c, mentors.iter().map(|p| p.id.as_str())));
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
        "дата проведения" | "форма проведения" | "место проведения" => Some(
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
        "адрес образовательной организации" => "profile-address",
        "ИНН" => "profile-inn",
        "адрес раздела о наставничестве на сайте" => {
            "profile-site"
        }
        "ОГРН" => "profile-ogrn",
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
        assert!(agreement
            .plain()
            .contains(&crate::domain::declension::full_name(
                &mentee.full_name,
                crate::domain::declension::Case::Genitive
            )));
        // The new mentor's period starts when she became the mentor, not with the pair.
        assert!(
            agreement
                .plain()
                .contains("в период с 01.12.2025 по 31.05.2026"),
            "{}",
            agreement.plain()
        );
        assert!(agreement
            .plain()
            .contains("вступает в силу с 01.12.2025 и действует по 31.05.2026"));
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
            DocKind::OrderFinalEvent => {
                vec![
                    "[дата проведения]",
                    "[форма проведения]",
                    "[место проведения]",
                ]
            }
            DocKind::FinalReport => vec!["[дата проведения]", "[форма проведения]"],
            _ => vec![],
        }
    }

    #[test]
    fn the_satisfaction_blank_has_the_schools_questions_and_scales() {
        let mut d = school();
        let text = generate(DocKind::SatisfactionQuestionnaire, &d).plain();
        for q in d
            .monitoring
            .mentee_questions
            .iter()
            .chain(&d.monitoring.mentor_questions)
        {
            assert!(text.contains(&q.text), "{}", q.text);
        }
        assert!(text.contains("Анкета наставляемого") && text.contains("Анкета наставника"));
        d.monitoring.mentee_questions[0].text = "Своевременность встреч".into();
        assert!(generate(DocKind::SatisfactionQuestionnaire, &d)
            .plain()
            .contains("1. Своевременность встреч"));
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
            "Назначить Петрова Олега Игоревича, заместителя директора по УВР, куратором реализации целевой модели наставничества педагогических работников.",
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
            "14. Документы, регламентирующие наставничество",
            "2. Основные понятия",
            "15. Заключительные положения",
            "научности",
            "равенства",
            "«педагог-наставник»",
            "«За наставничество»",
            "реверсивное наставничество",
            "легитимности",
        ] {
            assert!(reg.contains(want), "regulation lacks «{want}»");
        }
        // A long-lived act does not name the coordinator.
        assert!(!reg.contains("Петров"));
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
        // 7 stage rows + 22 seed events + 3 default ones + 1 added.
        assert_eq!(table.rows.len(), 33);
        let text = doc.plain();
        assert!(text.contains("Этап 2. Формирование банка наставляемых"));
        assert!(text.contains("Педсовет <о наставничестве> & «ПНП»"));
        assert!(text.contains("Приложение 2"));
        // Months carry the years of the academic year 2025/2026.
        assert!(text.contains("август 2025"), "{text}");
        assert!(text.contains("октябрь 2025 – май 2026"));
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
        assert!(agreement.contains("Я, Белова Ирина Сергеевна, в соответствии со статьёй 351.8 Трудового кодекса Российской Федерации даю письменное согласие"));
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
