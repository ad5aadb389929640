//! What a placeholder of a document stands for. A value missing from the data becomes a
//! visible placeholder in the text («[ФИО директора]», see `model::Run::placeholder`); a
//! [`Placeholder`] says which data is missing — the school's director, the order's number,
//! the pairs not formed yet — and the screen decides where the user fills it in.
//!
//! Placeholders are kept in the text (also in a document the user edited, stored in the
//! archive), so the kind is read back from the text with [`Placeholder::of`].

use crate::domain::school::ProfileField;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Placeholder {
    /// A field of the school's profile is empty (the director's name, the school's INN …).
    Profile(ProfileField),
    /// The school chose no form of mentoring (in the profile).
    Forms,
    /// The document's own number (its registry record).
    Number,
    /// The document's own date (its registry record).
    Date,
    /// Who is in a pair and for how long: known once the pairs are formed (stage 5).
    Pairs,
    /// The day, form and place of the final event (stage 6).
    FinalEvent,
    /// Nothing in the data holds it: only the text of the document can.
    Text,
}

impl Placeholder {
    /// The kind of a placeholder, from its text («[ФИО директора]» or «ФИО директора»).
    pub fn of(placeholder: &str) -> Placeholder {
        use ProfileField as F;
        match placeholder.trim_matches(['[', ']']) {
            "полное наименование образовательной организации" => {
                Placeholder::Profile(F::FullName)
            }
            "краткое наименование образовательной организации" => {
                Placeholder::Profile(F::ShortName)
            }
            "населённый пункт" => Placeholder::Profile(F::City),
            "учебный год" => Placeholder::Profile(F::AcademicYear),
            "должность руководителя" => {
                Placeholder::Profile(F::DirectorPosition)
            }
            "И.О. Фамилия директора" | "ФИО директора" => {
                Placeholder::Profile(F::DirectorName)
            }
            "ФИО куратора" | "Фамилия И.О. куратора" | "И.О. Фамилия куратора" => {
                Placeholder::Profile(F::CoordinatorName)
            }
            "должность куратора" => Placeholder::Profile(F::CoordinatorPosition),
            "адрес образовательной организации" => {
                Placeholder::Profile(F::Address)
            }
            "ИНН" => Placeholder::Profile(F::Inn),
            "адрес раздела о наставничестве на сайте" => {
                Placeholder::Profile(F::Site)
            }
            "ОГРН" => Placeholder::Profile(F::Ogrn),
            "формы наставничества" => Placeholder::Forms,
            "номер" => Placeholder::Number,
            "дата" => Placeholder::Date,
            "наставник" | "наставляемый" | "форма наставничества" | "срок" => {
                Placeholder::Pairs
            }
            "дата проведения" | "форма проведения" | "место проведения" => {
                Placeholder::FinalEvent
            }
            _ => Placeholder::Text,
        }
    }

    /// Whether the data fills it by itself at a later stage (nothing to do now).
    pub fn comes_later(self) -> bool {
        matches!(self, Placeholder::Pairs | Placeholder::FinalEvent)
    }
}

#[cfg(test)]
mod tests;
