//! The `.docx` files open in LibreOffice: each sample is converted to PDF with
//! `soffice --headless`, and the PDF is checked with `pdftotext` and `pdfinfo` (poppler-utils).
//! The tools are required: without them the test fails (scripts/setup.sh installs them).

#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use nastavnik::domain::data::SchoolData;
use nastavnik::domain::documents::docx::to_docx;
use nastavnik::domain::documents::model::{Align, Block, Document, Run, Signature, Table};
use nastavnik::domain::documents::registry::DocKind;
use nastavnik::domain::documents::templates::{for_person, generate};
use nastavnik::domain::school::example_profile;

/// How long one `soffice` run may take before the test gives up.
const SOFFICE_TIMEOUT: Duration = Duration::from_secs(240);

fn order() -> Document {
    Document {
        title: "Приказ об утверждении положения о наставничестве".to_string(),
        header: vec![Run::plain("ГБОУ СОШ № 96 Приморского района")],
        blocks: vec![
            Block::heading(1, "ПРИКАЗ"),
            Block::aligned(vec![Run::plain("01.09.2025\t№ 15-о")], Align::Left),
            Block::aligned(
                vec![Run::bold(
                    "Об утверждении Положения о системе наставничества педагогических работников",
                )],
                Align::Center,
            ),
            Block::para_plain(
                "В соответствии с распоряжением Минпросвещения России от 25.12.2019 № Р-145 \
                 «Об утверждении методологии (целевой модели) наставничества обучающихся» \
                 и в целях развития системы наставничества",
            ),
            Block::aligned(vec![Run::plain("ПРИКАЗЫВАЮ:")], Align::Left),
            Block::List {
                ordered: true,
                items: vec![
                    vec![Run::plain(
                        "Утвердить Положение о системе наставничества педагогических работников.",
                    )],
                    vec![
                        Run::plain("Назначить куратором "),
                        Run::placeholder("ФИО куратора"),
                        Run::plain("."),
                    ],
                ],
            },
            Block::Table(Table {
                widths: vec![1, 6, 3],
                header: vec![
                    vec![Run::plain("№")],
                    vec![Run::plain("Мероприятие")],
                    vec![Run::plain("Срок")],
                ],
                rows: vec![vec![
                    vec![Run::plain("1")],
                    vec![Run::plain("Формирование наставнических пар")],
                    vec![Run::plain("до 15.09.2025")],
                ]],
            }),
            Block::Signature(Signature {
                position: vec![Run::plain("Директор")],
                name: vec![Run::plain("М.П. Иванова")],
            }),
            Block::Acquaintance {
                title: vec![Run::plain("С приказом ознакомлены:")],
                people: vec![
                    vec![Run::plain("Петрова А.С.")],
                    vec![Run::plain("Сидоров В.В., учитель математики")],
                ],
            },
        ],
    }
}

fn regulation() -> Document {
    Document {
        title: "Положение о наставничестве".to_string(),
        header: vec![Run::plain(
            "Государственное бюджетное общеобразовательное учреждение средняя \
             общеобразовательная школа № 96 Приморского района Санкт-Петербурга",
        )],
        blocks: vec![
            Block::Approval {
                left: vec![
                    vec![Run::bold("РАССМОТРЕНО")],
                    vec![Run::plain("на педагогическом совете")],
                    vec![Run::plain("протокол от 30.08.2025 № 1")],
                ],
                right: vec![
                    vec![Run::bold("УТВЕРЖДЕНО")],
                    vec![Run::plain("приказом директора")],
                    vec![Run::plain("от 01.09.2025 № 15-о")],
                ],
            },
            Block::heading(1, "ПОЛОЖЕНИЕ"),
            Block::heading(2, "о системе наставничества педагогических работников"),
            Block::heading(3, "1. Общие положения"),
            Block::para_plain(
                "1.1. Настоящее Положение определяет порядок организации наставничества.",
            ),
            Block::List {
                ordered: false,
                items: vec![vec![Run::plain("молодые специалисты;")]],
            },
            // A word longer than the line must not break the layout.
            Block::para_plain(format!("Слово: {}", "наставничество".repeat(20))),
            Block::PageBreak,
            Block::heading(3, "2. Права и обязанности наставника"),
            Block::para_plain("2.1. Наставник обязан помогать наставляемому."),
        ],
    }
}

#[test]
fn docx_files_convert_to_a4_pdf_in_libreoffice() {
    convert_and_check(&[
        (
            "order",
            order(),
            vec![
                "ГБОУ СОШ № 96 Приморского района",
                "ПРИКАЗ",
                "Формирование наставнических пар",
                "М.П. Иванова",
            ],
        ),
        (
            "regulation",
            regulation(),
            vec![
                "УТВЕРЖДЕНО",
                "ПОЛОЖЕНИЕ",
                "2. Права и обязанности наставника",
            ],
        ),
    ]);
}

/// A complete school, as a coordinator fills it in.
fn school() -> SchoolData {
    let mut d = SchoolData {
        profile: example_profile(),
        ..Default::default()
    };
    for kind in DocKind::ALL {
        d.update_document(kind, |r| {
            r.number = "45-о".into();
            r.date = "2025-08-29".into();
        });
    }
    d
}

/// Every template of the registry opens in LibreOffice, on A4, with the school's name, its
/// title and the director's (or, where a document names no director, another) name.
#[test]
fn every_generated_document_opens_in_libreoffice() {
    let data = school();
    let docs: Vec<(&str, Document, Vec<&str>)> = DocKind::ALL
        .into_iter()
        .map(|kind| {
            let mut expected = vec![
                "Государственное бюджетное общеобразовательное учреждение средняя общеобразовательная школа № 96",
            ];
            expected.extend(match kind {
                DocKind::OrderRegulation => vec!["ПРИКАЗ", "Об утверждении положения о целевой модели наставничества", "М.П. Иванова", "Назначить Петрова Олега Игоревича", "от 07.05.2024 № 309", "№ АЗ-1128/08"],
                DocKind::Regulation => vec!["ПОЛОЖЕНИЕ", "о целевой модели наставничества педагогических работников в ГБОУ СОШ № 96", "в Государственном бюджетном общеобразовательном учреждении средней общеобразовательной школе № 96", "научности", "Заключительные положения", "№ 309"],
                DocKind::Roadmap => vec!["Дорожная карта по реализации Положения", "Формирование банка наставляемых"],
                DocKind::OrderPairs => vec!["ПРИКАЗ", "О закреплении наставнических пар (групп)", "М.П. Иванова", "Куратору Петрову О.И.", "С приказом ознакомлены"],
                DocKind::ProgramTemplate => vec!["ПЕРСОНАЛИЗИРОВАННАЯ ПРОГРАММА НАСТАВНИЧЕСТВА", "М.П. Иванова"],
                DocKind::ConsentPersonalData => vec!["СОГЛАСИЕ", "на обработку персональных данных", "152-ФЗ", "ИНН 7814000010"],
                DocKind::MentorAgreement => vec!["ДОПОЛНИТЕЛЬНОЕ СОГЛАШЕНИЕ", "в лице директора Ивановой Марии Петровны, действующей", "351.8", "три рабочих дня", "Экземпляр дополнительного соглашения получил(а)"],
                DocKind::OrderFinalEvent => vec!["ПРИКАЗ", "О проведении итогового мероприятия", "М.П. Иванова"],
                DocKind::MenteeQuestionnaire => vec!["АНКЕТА", "профессиональных запросов и затруднений педагога", "Планирование и целеполагание", "наставничество в группе"],
                DocKind::MentorQuestionnaire => vec!["АНКЕТА", "кандидата в наставники", "Чему вы можете научить коллег", "Сколько наставляемых"],
                DocKind::Program => vec!["ПЕРСОНАЛИЗИРОВАННАЯ ПРОГРАММА НАСТАВНИЧЕСТВА", "План мероприятий"],
                DocKind::FinalReport => vec!["ОТЧЁТ", "Показатели реализации системы наставничества", "Распределение оценок", "Нет данных"],
                DocKind::SatisfactionQuestionnaire => vec!["АНКЕТЫ", "удовлетворённости участников наставничества", "Анкета наставника"],
                DocKind::OrderReward => vec!["ПРИКАЗ", "О поощрении педагогических работников за наставническую деятельность", "«За наставничество»"],
                DocKind::ConsentDissemination => vec!["СОГЛАСИЕ", "разрешённых субъектом персональных данных для распространения", "10.1", "https://school96.ru"],
            });
            (kind.key(), generate(kind, &data), expected)
        })
        .collect();
    // A questionnaire filled for one teacher of the example school: their name and the marks.
    let example = nastavnik::domain::example::example_school();
    let mentee = example
        .people
        .iter()
        .find(|p| p.mentee.as_ref().is_some_and(|r| r.answers.is_some()))
        .expect("the example has answered mentee questionnaires");
    let filled = for_person(DocKind::MenteeQuestionnaire, &example, &mentee.id).unwrap();
    let mut docs = docs;
    docs.push((
        "mentee_questionnaire_filled",
        filled,
        vec![mentee.full_name.as_str(), "X", "Дата заполнения"],
    ));
    // The ПНП of a pair of the v4 fixture: its participants and its plan with a mark.
    let v4 = nastavnik::domain::archive::decode(include_bytes!("fixtures/archive-v4.json"))
        .expect("the v4 fixture loads");
    let g1 = v4.data.pair("g1").expect("g1").clone();
    let mentor = v4.data.person(&g1.mentor).unwrap().full_name.clone();
    let program = for_person(DocKind::Program, &v4.data, "g1").unwrap();
    docs.push(("program_g1", program, vec![]));
    let last = docs.len() - 1;
    docs[last].2 = vec![
        mentor.as_str(),
        "Выполнено мероприятий: 1 из 6",
        "Замена наставника",
    ];
    // The final report of the v5 fixture: indicators, each chart as a table, the best practice.
    let v5 = nastavnik::domain::archive::decode(include_bytes!("fixtures/archive-v5.json"))
        .expect("the v5 fixture loads");
    docs.push((
        "final_report_v5",
        generate(DocKind::FinalReport, &v5.data),
        vec![
            "за 2025/2026 учебный год",
            "Охват: наставляемые банка в парах (группах)",
            "Средняя самооценка по областям (от 1 до 5)",
            "Дисциплина и управление классом",
            "Сценарий открытого урока «Дроби вокруг нас»",
            "в форме фестиваля педагогических идей",
        ],
    ));
    // The order on the final event, filled from the event: date, form, the program annex.
    docs.push((
        "order_final_event_v5",
        generate(DocKind::OrderFinalEvent, &v5.data),
        vec![
            "27.05.2026",
            "в форме фестиваля педагогических идей",
            "Программа итогового мероприятия",
            "Экспертной группе определить лучшие практики",
            "С приказом ознакомлены",
            "Выступления наставнических пар",
        ],
    ));
    // The pairs order and a mentor's agreement with the fixture's pairs: the acquaintance list,
    // the agreement's period from the new mentor's own start, the slots in their cases.
    let g1 = v5.data.pair("g1").expect("the fixture has g1").clone();
    let mentee = v5.data.person(&g1.mentees[0]).unwrap().full_name.clone();
    let mentee_gen = nastavnik::domain::declension::full_name(
        &mentee,
        nastavnik::domain::declension::Case::Genitive,
    );
    let mut v5_numbered = v5.data.clone();
    v5_numbered.profile.pay_amount = "10 процентов должностного оклада".into();
    v5_numbered.profile.pay_source = "за счёт стимулирующей части фонда оплаты труда".into();
    // The longest form's label must not break inside a word in the narrow column.
    v5_numbered
        .update_pair("g2", |g| {
            g.form = nastavnik::domain::forms::MentoringForm::ShortTerm;
            Ok(())
        })
        .unwrap();
    v5_numbered.update_document(DocKind::OrderPairs, |r| {
        r.number = "52-о".into();
        r.date = "2025-09-30".into();
    });
    docs.push((
        "order_pairs_v5",
        generate(DocKind::OrderPairs, &v5_numbered),
        vec![
            "О закреплении наставнических пар (групп)",
            "Заключить с наставниками дополнительные соглашения",
            "С приказом ознакомлены",
            "Куратору Петрову О.И.",
            "Список наставнических пар (групп)",
            "целеполагающее",
        ],
    ));
    let agreement = for_person(DocKind::MentorAgreement, &v5_numbered, &g1.mentor).unwrap();
    let expected_mentee = format!("в отношении {mentee_gen}");
    docs.push((
        "mentor_agreement_v5",
        agreement,
        vec![
            "ДОПОЛНИТЕЛЬНОЕ СОГЛАШЕНИЕ",
            expected_mentee.as_str(),
            "с 01.12.2025",
            "10 процентов должностного оклада",
            "не позднее чем за три рабочих дня",
            "Экземпляр дополнительного соглашения получил(а)",
        ],
    ));
    // A school with two past years: the «Справка» and the final report have the years side by
    // side (tests/fixtures/archive-history.json).
    let history =
        nastavnik::domain::archive::decode(include_bytes!("fixtures/archive-history.json"))
            .expect("the history fixture loads")
            .data;
    let report = nastavnik::domain::report_file::make(&history, "2026-05-30");
    docs.push((
        "spravka_history",
        nastavnik::domain::history::spravka(
            &history,
            &report,
            "Иванова Мария Петровна",
            "Директор",
        ),
        vec![
            "4. Показатели по учебным годам",
            "2023/2024",
            "2024/2025",
            "2025/2026 (текущий)",
            "Наставнических пар / групп",
            "Удовлетворённость наставляемых (из 10)",
        ],
    ));
    docs.push((
        "final_report_history",
        generate(DocKind::FinalReport, &history),
        vec![
            "Показатели по учебным годам",
            "2025/2026 (текущий)",
            "Участники, пары и группы, выполненные ПНП по учебным годам",
        ],
    ));
    convert_and_check(&docs);
}

/// Writes each document as `<stem>.docx`, converts them all to PDF in one `soffice` run, and
/// checks that every PDF is A4 and holds the expected texts (whitespace-insensitive).
/// With `NASTAVNIK_DOCX_KEEP=1` the files are kept and their folder printed.
fn convert_and_check(docs: &[(&str, Document, Vec<&str>)]) {
    let dir = unique_dir();
    let files: Vec<PathBuf> = docs
        .iter()
        .map(|(stem, doc, _)| {
            let path = dir.join(format!("{stem}.docx"));
            std::fs::write(&path, to_docx(doc)).expect("writing the .docx");
            path
        })
        .collect();

    // A private profile, so parallel runs do not fight over ~/.config/libreoffice.
    let profile = format!(
        "-env:UserInstallation=file://{}",
        dir.join("profile").display()
    );
    let mut soffice = Command::new("soffice");
    soffice
        .arg(profile)
        .args([
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
        ])
        .arg(&dir)
        .args(&files);
    let out = run(soffice, "soffice", "libreoffice-writer");
    for (stem, _, expected) in docs {
        let pdf = dir.join(format!("{stem}.pdf"));
        assert!(
            pdf.exists(),
            "soffice did not produce {}:\n{}\n{}",
            pdf.display(),
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr),
        );
        check_pdf(&pdf, expected);
    }
    if std::env::var_os("NASTAVNIK_DOCX_KEEP").is_some() {
        println!("DOCX and PDF files kept in {}", dir.display());
    } else {
        let _ = std::fs::remove_dir_all(&dir);
    }
}

fn check_pdf(pdf: &Path, expected: &[&str]) {
    let mut pdftotext = Command::new("pdftotext");
    pdftotext
        .args(["-layout", "-enc", "UTF-8"])
        .arg(pdf)
        .arg("-");
    let text =
        String::from_utf8_lossy(&run(pdftotext, "pdftotext", "poppler-utils").stdout).into_owned();
    let flat = squash(&text);
    for want in expected {
        assert!(
            flat.contains(&squash(want)),
            "{}: no «{want}» in the PDF text:\n{text}",
            pdf.display()
        );
    }

    let mut pdfinfo = Command::new("pdfinfo");
    pdfinfo.arg(pdf);
    let info =
        String::from_utf8_lossy(&run(pdfinfo, "pdfinfo", "poppler-utils").stdout).into_owned();
    let size = info
        .lines()
        .find_map(|l| l.strip_prefix("Page size:"))
        .unwrap_or_else(|| panic!("{}: no page size in pdfinfo:\n{info}", pdf.display()));
    let numbers: Vec<f64> = size
        .split_whitespace()
        .filter_map(|w| w.parse().ok())
        .collect();
    assert!(
        numbers.len() >= 2
            && (numbers[0] - 595.0).abs() <= 1.0
            && (numbers[1] - 842.0).abs() <= 1.0,
        "{}: the page is not A4 (595 x 842 pts): {size}",
        pdf.display()
    );
}

/// Runs a tool to completion, failing the test with a hint when it is not installed,
/// when it hangs, or when it exits with an error.
fn run(mut command: Command, tool: &str, package: &str) -> Output {
    command.stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = match command.spawn() {
        Ok(child) => child,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => panic!(
            "`{tool}` is not installed: this test needs it (apt-get install {package}; \
             scripts/setup.sh installs it)"
        ),
        Err(e) => panic!("cannot start `{tool}`: {e}"),
    };
    let started = Instant::now();
    while child.try_wait().expect("waiting for a tool").is_none() {
        if started.elapsed() > SOFFICE_TIMEOUT {
            let _ = child.kill();
            panic!("`{tool}` did not finish in {SOFFICE_TIMEOUT:?}");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let out = child.wait_with_output().expect("reading a tool's output");
    assert!(
        out.status.success(),
        "`{tool}` failed ({}):\n{}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
    );
    out
}

/// Text with every run of whitespace made a single space.
fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn unique_dir() -> PathBuf {
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    let dir = std::env::temp_dir().join(format!("nastavnik-docx-{}-{nanos}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("creating a temp dir");
    dir
}
