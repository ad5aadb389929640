//! Russian declension of what the documents put into sentences: a person's ФИО, a position
//! («директор», «заместитель директора по УВР») and the school's name.
//!
//! Names go through the `petrovich` crate: its rules (the petrovich project's rules.yml, shared
//! with the Ruby, JS and Java ports) are compiled into static tables at build time, it has no
//! runtime dependencies and costs a few KB of wasm, and it already covers what hand-written rules
//! would get wrong: hyphenated surnames, indeclinable «-ых/-их», «-ко», «-аго», foreign «-о/-е/-и/-у»,
//! female surnames in a consonant, «-ая/-яя», «-ий/-ой». The gender comes from the patronymic
//! (-вич/-ич, -вна/-чна, «оглы»/«кызы»), then from the first name, then from the surname.
//!
//! Positions and the school's name are phrases «adjectives + head noun + the rest»: the leading
//! adjectives and the head noun are declined by the rules below, the rest (a genitive such as
//! «директора по УВР», «№ 96 Приморского района») stays. A school can correct any form in its
//! profile ([`Overrides`]); the rules only pre-fill it.

use std::collections::BTreeMap;

/// The six cases.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Case {
    Nominative,
    Genitive,
    Dative,
    Accusative,
    Instrumental,
    Prepositional,
}

impl Case {
    pub const ALL: [Case; 6] = [
        Case::Nominative,
        Case::Genitive,
        Case::Dative,
        Case::Accusative,
        Case::Instrumental,
        Case::Prepositional,
    ];

    /// The place of an oblique case in the tables of five endings (genitive first, as in
    /// [`Case::ALL`]); `None` for the nominative, which keeps the word as it is.
    fn oblique_index(self) -> Option<usize> {
        Case::ALL[1..].iter().position(|c| *c == self)
    }

    /// A short key for stored overrides: «gen», «dat» …
    pub fn key(self) -> &'static str {
        match self {
            Case::Nominative => "nom",
            Case::Genitive => "gen",
            Case::Dative => "dat",
            Case::Accusative => "acc",
            Case::Instrumental => "ins",
            Case::Prepositional => "pre",
        }
    }

    /// The case's name with its question, for the profile form.
    pub fn label(self) -> &'static str {
        match self {
            Case::Nominative => "именительный (кто? что?)",
            Case::Genitive => "родительный (кого? чего?)",
            Case::Dative => "дательный (кому? чему?)",
            Case::Accusative => "винительный (кого? что?)",
            Case::Instrumental => "творительный (кем? чем?)",
            Case::Prepositional => "предложный (о ком? о чём?)",
        }
    }

    fn petrovich(self) -> Option<petrovich::Case> {
        Some(match self {
            Case::Nominative => return None,
            Case::Genitive => petrovich::Case::Genitive,
            Case::Dative => petrovich::Case::Dative,
            Case::Accusative => petrovich::Case::Accusative,
            Case::Instrumental => petrovich::Case::Instrumental,
            Case::Prepositional => petrovich::Case::Prepositional,
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
}

/// Male first names in «-а/-я» (the rest in «-а/-я» are female).
const MALE_IN_A: [&str; 12] = [
    "никита",
    "илья",
    "кузьма",
    "фома",
    "лука",
    "савва",
    "данила",
    "гаврила",
    "добрыня",
    "миша",
    "саша",
    "женя",
];

/// The gender of a full name «Фамилия Имя Отчество»; `None` when nothing tells.
pub fn gender_of(full_name: &str) -> Option<Gender> {
    let words: Vec<String> = full_name
        .split_whitespace()
        .map(|w| w.to_lowercase())
        .collect();
    let patronymic = words.get(2..).map(|w| w.join(" ")).unwrap_or_default();
    if patronymic.ends_with("оглы") || patronymic.ends_with("улы") {
        return Some(Gender::Male);
    }
    if patronymic.ends_with("кызы") || patronymic.ends_with("гызы") {
        return Some(Gender::Female);
    }
    if patronymic.ends_with("ич") {
        return Some(Gender::Male);
    }
    if patronymic.ends_with("вна") || patronymic.ends_with("чна") {
        return Some(Gender::Female);
    }
    if let Some(first) = words.get(1) {
        if first.ends_with('а') || first.ends_with('я') {
            return Some(if MALE_IN_A.contains(&first.as_str()) {
                Gender::Male
            } else {
                Gender::Female
            });
        }
        if first.ends_with('ь') {
            // Любовь, Нинель — female; Игорь, Василь — male: ask the surname.
        } else {
            return Some(Gender::Male);
        }
    }
    let surname = words.first()?;
    let female = ["ова", "ева", "ёва", "ина", "ына", "ая", "яя"];
    let male = ["ов", "ев", "ёв", "ин", "ын", "ий", "ый", "ой"];
    if female.iter().any(|e| surname.ends_with(e)) {
        Some(Gender::Female)
    } else if male.iter().any(|e| surname.ends_with(e)) {
        Some(Gender::Male)
    } else {
        None
    }
}

/// A full name «Фамилия Имя Отчество» (or fewer words) in a case.
pub fn full_name(name: &str, case: Case) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    let Some(pcase) = case.petrovich() else {
        return words.join(" ");
    };
    let Some(gender) = gender_of(name) else {
        return words.join(" ");
    };
    let g = match gender {
        Gender::Male => petrovich::Gender::Male,
        Gender::Female => petrovich::Gender::Female,
    };
    let mut out = Vec::with_capacity(words.len());
    if let Some(s) = words.first() {
        out.push(petrovich::lastname(g, s, pcase));
    }
    if let Some(f) = words.get(1) {
        out.push(first_name(gender, f, case, pcase));
    }
    if words.len() > 2 {
        let rest = words[2..].join(" ");
        let lower = rest.to_lowercase();
        // «Мамед оглы», «Алиевич-…»: the Turkic forms are not declined.
        if ["оглы", "кызы", "улы", "гызы"]
            .iter()
            .any(|e| lower.ends_with(e))
        {
            out.push(rest);
        } else {
            out.push(petrovich::middlename(g, &rest, pcase));
        }
    }
    out.join(" ")
}

/// A first name in a case. petrovich 0.2 picks the longest matching suffix where its rules
/// mean the first one in order, so «Мария», «Виктория», «Ксения» get the rule of the
/// androgynous «-рия/-ния/-вия» («Марием»): female names in «-ия» are declined here.
fn first_name(gender: Gender, name: &str, case: Case, pcase: petrovich::Case) -> String {
    if gender == Gender::Female && name.to_lowercase().ends_with("ия") {
        let e = match case {
            Case::Nominative => return name.to_string(),
            Case::Accusative => "ю",
            Case::Instrumental => "ей",
            _ => "и",
        };
        return replace_end(name, 1, e);
    }
    let g = match gender {
        Gender::Male => petrovich::Gender::Male,
        Gender::Female => petrovich::Gender::Female,
    };
    petrovich::firstname(g, name, pcase)
}

/// The surname in a case with the initials: «Петрову О.И.».
pub fn surname_initials(name: &str, case: Case) -> String {
    with_initials(&full_name(name, case), name)
}

/// «Петрову О.И.»: the first word of a full name already in its case (`declined`), and the
/// initials of the other words of its nominative.
pub fn with_initials(declined: &str, nominative: &str) -> String {
    let surname = declined.split_whitespace().next().unwrap_or_default();
    let initials: String = nominative
        .split_whitespace()
        .skip(1)
        .filter_map(|w| w.chars().next())
        .map(|c| format!("{c}."))
        .collect();
    if initials.is_empty() {
        surname.to_string()
    } else {
        format!("{surname} {initials}")
    }
}

/// Replaces the last `drop` chars of `word` by `ending`, keeping the word's letter case.
fn replace_end(word: &str, drop: usize, ending: &str) -> String {
    let n = word.chars().count();
    let stem: String = word.chars().take(n - drop.min(n)).collect();
    let upper = word.chars().count() > 1 && word.chars().all(|c| !c.is_lowercase());
    if upper {
        format!("{stem}{}", ending.to_uppercase())
    } else {
        format!("{stem}{ending}")
    }
}

fn last_stem_char(lower: &str, drop: usize) -> char {
    lower.chars().rev().nth(drop).unwrap_or(' ')
}

/// An adjective (or participle) declined, if the word is one.
fn adjective(word: &str, case: Case, animate: bool) -> Option<String> {
    let lower = word.to_lowercase();
    if lower.chars().count() < 4 {
        return None;
    }
    let hushing = |c: char| "жшчщ".contains(c);
    let velar = |c: char| "гкх".contains(c);
    // (genitive, dative, accusative, instrumental, prepositional); accusative None = nominative.
    // Masculine and neuter: a hard («-ого») or soft («-его») stem; the accusative is the
    // genitive for a masculine animate noun, otherwise the nominative.
    let masculine_neuter = |soft: bool, instrumental: &'static str, genitive_accusative: bool| {
        let (gen, dat, pre) = if soft {
            ("его", "ему", "ем")
        } else {
            ("ого", "ому", "ом")
        };
        let acc = genitive_accusative.then_some(gen);
        [Some(gen), Some(dat), acc, Some(instrumental), Some(pre)]
    };
    let forms: [Option<&str>; 5] = if lower.ends_with("ый") || lower.ends_with("ой") {
        masculine_neuter(false, "ым", animate)
    } else if lower.ends_with("ий") {
        let soft = !velar(last_stem_char(&lower, 2));
        masculine_neuter(soft, "им", animate)
    } else if lower.ends_with("ая") {
        let c = last_stem_char(&lower, 2);
        if hushing(c) {
            [Some("ей"), Some("ей"), Some("ую"), Some("ей"), Some("ей")]
        } else {
            [Some("ой"), Some("ой"), Some("ую"), Some("ой"), Some("ой")]
        }
    } else if lower.ends_with("яя") {
        [Some("ей"), Some("ей"), Some("юю"), Some("ей"), Some("ей")]
    } else if lower.ends_with("ое") {
        let c = last_stem_char(&lower, 2);
        let ins = if velar(c) { "им" } else { "ым" };
        masculine_neuter(false, ins, false)
    } else if lower.ends_with("ее") {
        masculine_neuter(true, "им", false)
    } else {
        return None;
    };
    let Some(i) = case.oblique_index() else {
        return Some(word.to_string());
    };
    Some(match forms[i] {
        Some(e) => replace_end(word, 2, e),
        None => word.to_string(),
    })
}

/// A noun declined by its ending (masculine in a consonant, «-ь», «-й»; neuter «-ие»;
/// feminine «-а/-я/-ия»); `None` when the word is not a declinable noun (a number, «№»).
fn noun(word: &str, case: Case, animate: bool) -> Option<String> {
    if word.contains('-') {
        // «педагог-психолог», «школа-интернат»: both parts.
        let parts: Option<Vec<String>> = word.split('-').map(|p| noun(p, case, animate)).collect();
        return parts.map(|p| p.join("-"));
    }
    let lower = word.to_lowercase();
    let last = lower.chars().last()?;
    if !last.is_alphabetic() || lower.chars().count() < 2 {
        return None;
    }
    let Some(i) = case.oblique_index() else {
        return Some(word.to_string());
    };
    let hushing = |c: char| "гкхжшчщ".contains(c);
    let (drop, forms): (usize, [&str; 5]) = if lower.ends_with("ие") || lower.ends_with("ье") {
        (1, ["я", "ю", "е", "ем", "и"])
    } else if lower.ends_with("ия") {
        (1, ["и", "и", "ю", "ей", "и"])
    } else if last == 'а' {
        let g = if hushing(last_stem_char(&lower, 1)) {
            "и"
        } else {
            "ы"
        };
        (1, [g, "е", "у", "ой", "е"])
    } else if last == 'я' {
        (1, ["и", "е", "ю", "ей", "е"])
    } else if last == 'ь' {
        (1, ["я", "ю", if animate { "я" } else { "ь" }, "ем", "е"])
    } else if last == 'й' {
        (1, ["я", "ю", if animate { "я" } else { "й" }, "ем", "е"])
    } else if "оеиуыэю".contains(last) {
        return Some(word.to_string());
    } else if last.is_alphabetic() && !"ъ".contains(last) {
        (0, ["а", "у", if animate { "а" } else { "" }, "ом", "е"])
    } else {
        return None;
    };
    Some(replace_end(word, drop, forms[i]))
}

/// Head nouns after which a school's name goes on with another nominative group
/// («учреждение средняя общеобразовательная школа № 96»): that group is declined too.
const INSTITUTION_NOUNS: [&str; 9] = [
    "школа",
    "гимназия",
    "лицей",
    "центр",
    "школа-интернат",
    "учреждение",
    "организация",
    "комплекс",
    "сад",
];

/// Declines the first group «adjectives + noun» of a phrase; returns the declined words and
/// how many words it took (0 if the phrase does not start with such a group).
fn decline_group(words: &[&str], case: Case, animate: bool) -> (Vec<String>, usize) {
    let mut out = Vec::new();
    for (i, w) in words.iter().enumerate() {
        if w.starts_with('«') || w.starts_with('"') || w.starts_with('№') {
            return (vec![], 0);
        }
        if let Some(a) = adjective(w, case, animate) {
            out.push(a);
            continue;
        }
        return match noun(w, case, animate) {
            Some(n) => {
                out.push(n);
                (out, i + 1)
            }
            None => (vec![], 0),
        };
    }
    // Only adjectives: a substantivised one heads the phrase («Старшая вожатая»).
    let n = out.len();
    (out, n)
}

/// A position or an institution's name in a case: the leading adjectives and the head noun
/// are declined, the rest stays («Заместитель директора по УВР» → «заместителя директора
/// по УВР» in the genitive, with `animate`). A school's name declines its next group too
/// («…учреждении средней общеобразовательной школе № 96 …»).
pub fn phrase(text: &str, case: Case, animate: bool) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    if case == Case::Nominative || words.is_empty() {
        return words.join(" ");
    }
    let (mut out, mut used) = decline_group(&words, case, animate);
    if used == 0 {
        return words.join(" ");
    }
    let head = words[used - 1].to_lowercase();
    if INSTITUTION_NOUNS.contains(&head.as_str()) {
        let (more, n) = decline_group(&words[used..], case, animate);
        let next_head = used + n;
        if n > 0 && INSTITUTION_NOUNS.contains(&words[next_head - 1].to_lowercase().as_str()) {
            out.extend(more);
            used = next_head;
        }
    }
    out.extend(words[used..].iter().map(|w| w.to_string()));
    out.join(" ")
}

/// «Заместитель директора» → «заместитель директора», for use mid-sentence (an
/// abbreviation such as «ГБОУ» keeps its capitals).
pub fn lower_first(s: &str) -> String {
    let s = s.trim();
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => {
            let second_upper = s.chars().nth(1).is_some_and(|c| c.is_uppercase());
            if second_upper {
                s.to_string()
            } else {
                c.to_lowercase().chain(chars).collect()
            }
        }
        None => String::new(),
    }
}

/// Forms a school has corrected by hand: key «gen:Директор» → «директора». Stored in the
/// profile; a missing key means the rule's form.
pub type Overrides = BTreeMap<String, String>;

/// The key of a corrected form.
pub fn override_key(case: Case, nominative: &str) -> String {
    format!("{}:{}", case.key(), nominative.trim())
}

/// What kind of phrase a text is, so the right rule declines it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A person's ФИО.
    Person,
    /// A position (animate: accusative = genitive).
    Position,
    /// An institution's name (inanimate).
    Institution,
}

/// The form by the rules.
pub fn by_rule(text: &str, case: Case, kind: Kind) -> String {
    match kind {
        Kind::Person => full_name(text, case),
        Kind::Position => phrase(text, case, true),
        Kind::Institution => phrase(text, case, false),
    }
}

/// The form a document uses: the school's correction if there is one, else the rule's.
pub fn decline(text: &str, case: Case, kind: Kind, overrides: &Overrides) -> String {
    let text = text.trim();
    if text.is_empty() || case == Case::Nominative {
        return text.to_string();
    }
    match overrides.get(&override_key(case, text)) {
        Some(v) if !v.trim().is_empty() => v.trim().to_string(),
        _ => by_rule(text, case, kind),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Case::*;

    fn all(name: &str) -> Vec<String> {
        Case::ALL.iter().map(|c| full_name(name, *c)).collect()
    }

    #[test]
    fn the_example_schools_people() {
        assert_eq!(
            all("Иванова Мария Петровна"),
            [
                "Иванова Мария Петровна",
                "Ивановой Марии Петровны",
                "Ивановой Марии Петровне",
                "Иванову Марию Петровну",
                "Ивановой Марией Петровной",
                "Ивановой Марии Петровне"
            ]
        );
        assert_eq!(
            full_name("Петров Олег Игоревич", Dative),
            "Петрову Олегу Игоревичу"
        );
        assert_eq!(
            surname_initials("Петров Олег Игоревич", Dative),
            "Петрову О.И."
        );
        assert_eq!(
            full_name("Николаева Татьяна Сергеевна", Genitive),
            "Николаевой Татьяны Сергеевны"
        );
    }

    #[test]
    fn hard_surnames() {
        // Hyphenated.
        assert_eq!(
            full_name("Римская-Корсакова Анна Сергеевна", Genitive),
            "Римской-Корсаковой Анны Сергеевны"
        );
        assert_eq!(
            full_name("Петров-Водкин Кузьма Сергеевич", Dative),
            "Петрову-Водкину Кузьме Сергеевичу"
        );
        // Indeclinable -ых/-их, -ко, -аго, foreign vowels.
        for (n, c) in [
            ("Черных Ольга Викторовна", "Черных Ольге Викторовне"),
            ("Седых Павел Андреевич", "Седых Павлу Андреевичу"),
            ("Шевченко Ирина Петровна", "Шевченко Ирине Петровне"),
            ("Шевченко Тарас Григорьевич", "Шевченко Тарасу Григорьевичу"),
            ("Живаго Юрий Андреевич", "Живаго Юрию Андреевичу"),
            ("Гюго Виктор Иванович", "Гюго Виктору Ивановичу"),
            ("Ли Вера Ивановна", "Ли Вере Ивановне"),
            ("Бойко Андрей Олегович", "Бойко Андрею Олеговичу"),
        ] {
            assert_eq!(full_name(n, Dative), c, "{n}");
        }
        // Female surname in a consonant: indeclinable for a woman, declined for a man.
        assert_eq!(
            full_name("Гордон Анна Львовна", Instrumental),
            "Гордон Анной Львовной"
        );
        assert_eq!(
            full_name("Гордон Лев Маркович", Instrumental),
            "Гордоном Львом Марковичем"
        );
        // Adjectival.
        assert_eq!(
            full_name("Толстая Елена Игоревна", Genitive),
            "Толстой Елены Игоревны"
        );
        assert_eq!(
            full_name("Крайняя Мария Ивановна", Dative),
            "Крайней Марии Ивановне"
        );
        assert_eq!(
            full_name("Толстой Лев Николаевич", Genitive),
            "Толстого Льва Николаевича"
        );
        assert_eq!(
            full_name("Горький Максим Петрович", Prepositional),
            "Горьком Максиме Петровиче"
        );
        assert_eq!(
            full_name("Пушкина Анна Ивановна", Accusative),
            "Пушкину Анну Ивановну"
        );
        assert_eq!(
            full_name("Соловьёва Ирина Олеговна", Instrumental),
            "Соловьёвой Ириной Олеговной"
        );
        // Turkic patronymics.
        assert_eq!(gender_of("Алиев Рашид Мамед оглы"), Some(Gender::Male));
        assert_eq!(
            full_name("Алиев Рашид Мамед оглы", Dative),
            "Алиеву Рашиду Мамед оглы"
        );
        assert_eq!(
            gender_of("Мамедова Айгюль Гасан кызы"),
            Some(Gender::Female)
        );
        assert_eq!(gender_of("Кузнецова Ирина Ильинична"), Some(Gender::Female));
        assert_eq!(gender_of("Кузнецов Пётр Ильич"), Some(Gender::Male));
        assert_eq!(gender_of("Смирнов Никита"), Some(Gender::Male));
        assert_eq!(gender_of("Смирнова Любовь"), Some(Gender::Female));
    }

    #[test]
    fn positions_and_schools() {
        for (text, case, animate, expected) in [
            ("Директор", Genitive, true, "Директора"),
            (
                "Заместитель директора по УВР",
                Accusative,
                true,
                "Заместителя директора по УВР",
            ),
            (
                "Заместитель директора по УВР",
                Instrumental,
                true,
                "Заместителем директора по УВР",
            ),
            ("Учитель математики", Dative, true, "Учителю математики"),
            (
                "Исполняющий обязанности директора",
                Genitive,
                true,
                "Исполняющего обязанности директора",
            ),
            ("Педагог-психолог", Dative, true, "Педагогу-психологу"),
            ("Социальный педагог", Instrumental, true, "Социальным педагогом"),
            ("Старший воспитатель", Genitive, true, "Старшего воспитателя"),
            ("Старшая вожатая", Dative, true, "Старшей вожатой"),
            (
                "Государственное бюджетное общеобразовательное учреждение средняя общеобразовательная школа № 96 Приморского района Санкт-Петербурга",
                Prepositional,
                false,
                "Государственном бюджетном общеобразовательном учреждении средней общеобразовательной школе № 96 Приморского района Санкт-Петербурга",
            ),
            (
                "Муниципальное автономное общеобразовательное учреждение «Лицей № 1»",
                Genitive,
                false,
                "Муниципального автономного общеобразовательного учреждения «Лицей № 1»",
            ),
            (
                "Муниципальное бюджетное общеобразовательное учреждение «Гимназия № 3»",
                Instrumental,
                false,
                "Муниципальным бюджетным общеобразовательным учреждением «Гимназия № 3»",
            ),
            ("ГБОУ СОШ № 96", Genitive, false, "ГБОУ СОШ № 96"),
        ] {
            assert_eq!(phrase(text, case, animate), expected, "{text} {case:?}");
        }
        assert_eq!(
            lower_first(&phrase(
                "Заместитель директора по учебно-воспитательной работе",
                Genitive,
                true
            )),
            "заместителя директора по учебно-воспитательной работе"
        );
        assert_eq!(lower_first("ГБОУ СОШ"), "ГБОУ СОШ");
    }

    #[test]
    fn overrides_win_over_the_rules() {
        let mut o = Overrides::new();
        assert_eq!(
            decline("Директор школы", Genitive, Kind::Position, &o),
            "Директора школы"
        );
        o.insert(
            override_key(Genitive, "Директор школы"),
            "директора школы".into(),
        );
        assert_eq!(
            decline("Директор школы", Genitive, Kind::Position, &o),
            "директора школы"
        );
        assert_eq!(
            decline(" Директор школы ", Dative, Kind::Position, &o),
            "Директору школы"
        );
    }

    /// pymorphy3 (OpenCorpora dictionary) made the table, see bench/declension_reference.py.
    #[test]
    fn agrees_with_pymorphy3() {
        let table = include_str!("../../tests/fixtures/declension-pymorphy3.tsv");
        let cases = [Genitive, Dative, Accusative, Instrumental, Prepositional];
        let (mut agree, mut total) = (0, 0);
        let mut differ = vec![];
        for line in table.lines().filter(|l| !l.trim().is_empty()) {
            let cols: Vec<&str> = line.split('\t').collect();
            assert_eq!(cols.len(), 7, "{line}");
            let want_gender = if cols[0] == "m" {
                Gender::Male
            } else {
                Gender::Female
            };
            assert_eq!(gender_of(cols[1]), Some(want_gender), "{}", cols[1]);
            for (case, want) in cases.iter().zip(&cols[2..]) {
                total += 1;
                let got = full_name(cols[1], *case);
                // pymorphy3 writes «ё» where the name was given with «е» (Демин → Дёмина).
                if got.replace('ё', "е") == want.replace('ё', "е") {
                    agree += 1;
                } else {
                    differ.push(format!("{} {case:?}: {got} ≠ {want}", cols[1]));
                }
            }
        }
        println!("agreement with pymorphy3: {agree} of {total}");
        for d in &differ {
            println!("  {d}");
        }
        assert!(total >= 2000, "the table is too small: {total}");
        assert!(differ.is_empty(), "{} differ", differ.len());
    }
}
