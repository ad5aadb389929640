//! Forms of mentoring of the federal recommendations (DOMAIN.md). The school chooses the ones
//! it uses (profile); pairs and groups choose one each.

use serde::{Deserialize, Serialize};

#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum MentoringForm {
    #[default]
    Traditional,
    Group,
    Virtual,
    ShortTerm,
    Reverse,
    Situational,
    Speed,
    ByRoles,
}

impl MentoringForm {
    pub const ALL: [MentoringForm; 8] = [
        MentoringForm::Traditional,
        MentoringForm::Group,
        MentoringForm::Virtual,
        MentoringForm::ShortTerm,
        MentoringForm::Reverse,
        MentoringForm::Situational,
        MentoringForm::Speed,
        MentoringForm::ByRoles,
    ];

    /// The name as the recommendations write it.
    pub fn label(self) -> &'static str {
        match self {
            MentoringForm::Traditional => "традиционная форма наставничества («один на один»)",
            MentoringForm::Group => "наставничество в группе",
            MentoringForm::Virtual => "виртуальное (дистанционное) наставничество",
            MentoringForm::ShortTerm => "краткосрочное, или целеполагающее, наставничество",
            MentoringForm::Reverse => "реверсивное наставничество",
            MentoringForm::Situational => "ситуационное наставничество",
            MentoringForm::Speed => "скоростное наставничество",
            MentoringForm::ByRoles => "наставничество по ролям: «педагог – педагог», «руководитель образовательной организации – педагог»",
        }
    }

    /// A sentence about the form, for hints.
    pub fn hint(self) -> &'static str {
        match self {
            MentoringForm::Traditional => "Долгосрочная пара опытного и начинающего педагога.",
            MentoringForm::Group => "Один наставник и два или более наставляемых.",
            MentoringForm::Virtual => "Через цифровые средства; наставник может быть из другой школы.",
            MentoringForm::ShortTerm => "Запланированные встречи ради поставленной краткосрочной цели.",
            MentoringForm::Reverse => "Младший педагог помогает старшему (например, в цифровых инструментах), старший — в методике.",
            MentoringForm::Situational => "Помощь по запросу, как только её требует ситуация.",
            MentoringForm::Speed => "Разовая встреча с более опытным коллегой для обмена опытом.",
            MentoringForm::ByRoles => "«Молодой специалист – опытный педагог», «руководитель – педагог».",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            MentoringForm::Traditional => "traditional",
            MentoringForm::Group => "group",
            MentoringForm::Virtual => "virtual",
            MentoringForm::ShortTerm => "short_term",
            MentoringForm::Reverse => "reverse",
            MentoringForm::Situational => "situational",
            MentoringForm::Speed => "speed",
            MentoringForm::ByRoles => "by_roles",
        }
    }
}

/// What a new school starts with: the two forms every school uses.
pub fn default_forms() -> Vec<MentoringForm> {
    vec![MentoringForm::Traditional, MentoringForm::Group]
}

/// Adds or removes a form, keeping the recommendations' order and no duplicates.
pub fn toggle(forms: &mut Vec<MentoringForm>, form: MentoringForm, on: bool) {
    forms.retain(|f| *f != form);
    if on {
        forms.push(form);
        crate::domain::sorting::sort(forms);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn toggle_keeps_order_and_uniqueness() {
        let mut f = default_forms();
        toggle(&mut f, MentoringForm::Reverse, true);
        toggle(&mut f, MentoringForm::Reverse, true);
        toggle(&mut f, MentoringForm::Virtual, true);
        assert_eq!(
            f,
            vec![
                MentoringForm::Traditional,
                MentoringForm::Group,
                MentoringForm::Virtual,
                MentoringForm::Reverse
            ]
        );
        toggle(&mut f, MentoringForm::Traditional, false);
        assert_eq!(f[0], MentoringForm::Group);
        for m in MentoringForm::ALL {
            assert_eq!(
                serde_json::to_string(&m).unwrap(),
                format!("\"{}\"", m.key())
            );
        }
    }
}
