//! Mentoring pairs and groups (stage 5): forming, changing, replacing the mentor, ending.

use super::*;
use crate::domain::records::{missing, push_new, remove, update_checked};

impl SchoolData {
    /// «пара Иванова А.П. — Петров С.И.» / «группа Иванова А.П. (3 наставляемых)».
    pub fn pair_label(&self, g: &Pair) -> String {
        let name = |id: &str| {
            self.person(id)
                .map(|p| crate::domain::format::surname_initials(&p.full_name))
                .unwrap_or_else(|| id.to_string())
        };
        if g.is_group() {
            format!(
                "группа {} ({} наставляемых)",
                name(&g.mentor),
                g.mentees.len()
            )
        } else {
            format!(
                "пара {} — {}",
                name(&g.mentor),
                g.mentees.first().map(|m| name(m)).unwrap_or_default()
            )
        }
    }

    pub fn pair(&self, id: &str) -> Option<&Pair> {
        self.pairs.iter().find(|g| g.id == id)
    }

    /// Mentees in active pairs, by mentor: the places a mentor already uses.
    pub fn used_capacity(&self) -> BTreeMap<String, u8> {
        let mut used = BTreeMap::new();
        for g in self.pairs.iter().filter(|g| g.active()) {
            *used.entry(g.mentor.clone()).or_insert(0u8) += g.mentees.len() as u8;
        }
        used
    }

    /// Mentees who are in an active pair or group.
    pub fn paired_mentees(&self) -> std::collections::BTreeSet<String> {
        // `insert`, not `collect`: a B-tree's `FromIterator` adds a stable sort to the wasm.
        let mut set = std::collections::BTreeSet::new();
        for g in self.pairs.iter().filter(|g| g.active()) {
            set.extend(g.mentees.iter().cloned());
        }
        set
    }

    /// Mentees included in the bank, able to take part, and in no active pair.
    pub fn unpaired_mentees(&self) -> Vec<&Person> {
        let paired = self.paired_mentees();
        self.people
            .iter()
            .filter(|p| {
                p.included_mentee() && p.matching_block().is_none() && !paired.contains(&p.id)
            })
            .collect()
    }

    /// Why a mentor may not take `extra` more mentees now, in Russian.
    fn check_mentor(
        &self,
        mentor: &str,
        extra: usize,
        except_pair: Option<&str>,
    ) -> Result<(), String> {
        let m = self
            .person(mentor)
            .ok_or_else(|| format!("Нет педагога с идентификатором «{mentor}»"))?;
        m.may_mentor()
            .map_err(|why| format!("{} не может быть наставником: {why}.", m.full_name))?;
        let capacity = m.mentor_answers().map(|a| a.capacity).unwrap_or(1) as usize;
        let used: usize = self
            .pairs
            .iter()
            .filter(|g| g.active() && g.mentor == mentor && Some(g.id.as_str()) != except_pair)
            .map(|g| g.mentees.len())
            .sum();
        if used + extra > capacity {
            return Err(format!(
                "У наставника {} мест: {capacity}, занято: {used} — ещё {extra} не помещается.",
                m.full_name
            ));
        }
        Ok(())
    }

    fn check_mentee(
        &self,
        mentee: &str,
        mentor: &str,
        except_pair: Option<&str>,
    ) -> Result<(), String> {
        let p = self
            .person(mentee)
            .ok_or_else(|| format!("Нет педагога с идентификатором «{mentee}»"))?;
        if mentee == mentor {
            return Err(format!(
                "{} не может быть наставником самому себе.",
                p.full_name
            ));
        }
        if let Some(why) = p.matching_block() {
            return Err(format!("{}: {why}.", p.full_name));
        }
        if let Some(g) = self.pairs.iter().find(|g| {
            g.active()
                && Some(g.id.as_str()) != except_pair
                && g.mentees.iter().any(|m| m == mentee)
        }) {
            return Err(format!(
                "{} уже в паре: {}.",
                p.full_name,
                self.pair_label(g)
            ));
        }
        Ok(())
    }

    /// Forms a pair (one mentee) or group, with a ПНП drafted from the mentees' needs. Checks
    /// the consents (the mentor's written one, art. 351.8 ТК РФ), the mentor's places, and that
    /// no mentee is already in an active pair.
    pub fn create_pair(
        &mut self,
        mentor: &str,
        mentees: &[String],
        form: MentoringForm,
        start: &str,
        end: &str,
    ) -> Result<String, String> {
        if mentees.is_empty() {
            return Err("Выберите хотя бы одного наставляемого".into());
        }
        check_dates(start, end)?;
        for (i, m) in mentees.iter().enumerate() {
            if mentees[..i].contains(m) {
                return Err("Наставляемый указан дважды".into());
            }
            self.check_mentee(m, mentor, None)?;
        }
        self.check_mentor(mentor, mentees.len(), None)?;
        let people: Vec<&Person> = mentees.iter().filter_map(|m| self.person(m)).collect();
        let program = program_from_needs(&people, &self.taxonomy);
        Ok(push_new(&mut self.pairs, 'g', |id| Pair {
            id,
            mentor: mentor.to_string(),
            mentees: mentees.to_vec(),
            form,
            start: start.to_string(),
            end: end.to_string(),
            status: PairStatus::Active,
            reason: String::new(),
            history: Vec::new(),
            program,
        }))
    }

    /// Applies a change to one pair; the change validates first and changes nothing on error.
    pub fn update_pair(
        &mut self,
        id: &str,
        f: impl FnOnce(&mut Pair) -> Result<(), String>,
    ) -> Result<(), String> {
        update_checked(&mut self.pairs, id, f, |g| {
            check_dates(&g.start, &g.end)?;
            if g.status == PairStatus::Terminated && g.reason.trim().is_empty() {
                return Err("Укажите причину прекращения".into());
            }
            Ok(())
        })
    }

    /// Replaces the mentor from `date`, keeping who led before and why.
    pub fn replace_mentor(
        &mut self,
        id: &str,
        new_mentor: &str,
        date: &str,
        reason: &str,
    ) -> Result<(), String> {
        let g = self.pair(id).ok_or_else(|| missing::<Pair>(id))?.clone();
        if g.mentor == new_mentor {
            return Err("Это тот же наставник".into());
        }
        if crate::domain::format::parse_date(date).is_none() {
            return Err("Укажите дату замены".into());
        }
        if reason.trim().is_empty() {
            return Err("Укажите причину замены наставника".into());
        }
        self.check_mentor(new_mentor, g.mentees.len(), Some(id))?;
        if g.mentees.iter().any(|m| m == new_mentor) {
            return Err("Наставляемый не может стать наставником своей же пары".into());
        }
        self.update_pair(id, |g| {
            g.history.push(MentorChange {
                from: g.mentor.clone(),
                to: new_mentor.to_string(),
                date: date.to_string(),
                reason: reason.trim().to_string(),
            });
            g.mentor = new_mentor.to_string();
            Ok(())
        })
    }

    /// Adds a mentee to a pair (which becomes a group).
    pub fn add_mentee(&mut self, id: &str, mentee: &str) -> Result<(), String> {
        let g = self.pair(id).ok_or_else(|| missing::<Pair>(id))?.clone();
        if g.mentees.iter().any(|m| m == mentee) {
            return Err("Этот педагог уже в группе".into());
        }
        self.check_mentee(mentee, &g.mentor, Some(id))?;
        if g.active() {
            self.check_mentor(&g.mentor, g.mentees.len() + 1, Some(id))?;
        }
        self.update_pair(id, |g| {
            g.mentees.push(mentee.to_string());
            Ok(())
        })
    }

    /// Removes a mentee from a group; the last mentee cannot leave (delete the pair instead).
    pub fn remove_mentee(&mut self, id: &str, mentee: &str) -> Result<(), String> {
        self.update_pair(id, |g| {
            if g.mentees.len() <= 1 {
                return Err(
                    "В паре остаётся один наставляемый: удалите пару целиком или прекратите её"
                        .into(),
                );
            }
            g.mentees.retain(|m| m != mentee);
            Ok(())
        })
    }

    pub fn delete_pair(&mut self, id: &str) -> Result<Pair, String> {
        let pair = remove(&mut self.pairs, id)?;
        self.monitoring.responses.retain(|r| r.pair != id);
        Ok(pair)
    }
}

/// `YYYY-MM-DD` plus `months`, the day kept where the month has it (else its last day).
pub(super) fn add_months(date: &str, months: u32) -> Option<String> {
    let (y, m, d) = crate::domain::format::parse_date(date)?;
    let total = (y as u32) * 12 + (m as u32 - 1) + months;
    let (y2, m2) = (total / 12, total % 12 + 1);
    let leap = (y2 % 4 == 0 && y2 % 100 != 0) || y2 % 400 == 0;
    let last = match m2 {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    Some(format!("{y2:04}-{m2:02}-{:02}", (d as u32).min(last)))
}

impl SchoolData {
    /// The planned end of a pair that starts on `start`: the end of the school year (the
    /// profile's setting), kept within the Положение's 3 to 12 months; empty when unknown.
    pub fn default_pair_end(&self, start: &str) -> String {
        let mut end = self.profile.year_end();
        if end.is_empty() || crate::domain::format::parse_date(start).is_none() {
            return end;
        }
        // A start after the profile's year: the end of the school year the pair starts in.
        while end.as_str() < start {
            match add_months(&end, 12) {
                Some(next) => end = next,
                None => return String::new(),
            }
        }
        let (Some(min), Some(max)) = (add_months(start, 3), add_months(start, 12)) else {
            return end;
        };
        if end < min {
            min
        } else if end > max {
            max
        } else {
            end
        }
    }
}

fn check_dates(start: &str, end: &str) -> Result<(), String> {
    use crate::domain::format::parse_date;
    if !start.is_empty() && parse_date(start).is_none() {
        return Err("Дата начала — в формате ГГГГ-ММ-ДД".into());
    }
    if !end.is_empty() && parse_date(end).is_none() {
        return Err("Дата окончания — в формате ГГГГ-ММ-ДД".into());
    }
    if !start.is_empty() && !end.is_empty() && end < start {
        return Err("Плановая дата окончания раньше даты начала".into());
    }
    Ok(())
}
