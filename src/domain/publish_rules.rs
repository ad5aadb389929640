//! The rules behind the «Публикация» screen and the «Методическая копилка» that used to sit in
//! the UI: the section's address, who may be named in the section, removing links and log
//! entries, marking roadmap rows for coverage, the files of a publication, and whose material
//! goes out without a name. Each is one named operation, tested here on the host.

use super::data::SchoolData;
use super::library::Practice;
use super::people::Person;
use super::public::{self, InfoFile, Publication};

/// Sets the address of the section on the school site (for «Подробнее» in posts). An empty
/// value clears it (the address is guessed then); anything else must be an http(s) address.
/// Spaces around it are dropped; on error nothing changes.
pub fn set_section_url(p: &mut Publication, url: &str) -> Result<(), String> {
    let url = url.trim();
    if !url.is_empty() {
        public::check_url(url)?;
    }
    p.section_url = url.to_string();
    Ok(())
}

/// The teachers who may be added to the section: an active consent to publication and not
/// named there yet, as `(id, full name)` in the registry's order.
pub fn featurable(d: &SchoolData) -> Vec<(String, String)> {
    d.people
        .iter()
        .filter(|p| p.may_publish() && !d.publication.people.iter().any(|f| f.person == p.id))
        .map(|p| (p.id.clone(), p.full_name.clone()))
        .collect()
}

/// How many teachers of the registry may be named on the site.
pub fn consenting(people: &[Person]) -> usize {
    people.iter().filter(|p| p.may_publish()).count()
}

/// Whether a teacher named in the section still may be shown there (the consent may have been
/// withdrawn or the person anonymized since). Unknown ids may not.
pub fn still_publishable(d: &SchoolData, person: &str) -> bool {
    d.person(person).is_some_and(Person::may_publish)
}

/// Takes a teacher out of the section.
pub fn unfeature(p: &mut Publication, person: &str) -> Result<(), String> {
    if !p.people.iter().any(|f| f.person == person) {
        return Err("Педагога уже нет в разделе".into());
    }
    p.forget_person(person);
    Ok(())
}

/// The coordinator's contacts as the section would publish them (name, position, phone, email
/// from the profile, the empty ones left out), `None` when none is filled in.
pub fn coordinator_contact(d: &SchoolData) -> Option<String> {
    let c = &d.profile.coordinator;
    let parts: Vec<&str> = [&c.full_name, &c.position, &c.phone, &c.email]
        .into_iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .collect();
    (!parts.is_empty()).then(|| parts.join(", "))
}

/// Removes the link at `index` (as listed on the screen).
pub fn remove_link(p: &mut Publication, index: usize) -> Result<(), String> {
    if index >= p.links.len() {
        return Err("Ссылка не найдена: возможно, она уже удалена".into());
    }
    p.links.remove(index);
    Ok(())
}

/// Removes the entry of the publication log at `index` (in the order of the log).
pub fn remove_log_entry(p: &mut Publication, index: usize) -> Result<(), String> {
    if index >= p.log.len() {
        return Err("Запись журнала не найдена: возможно, она уже удалена".into());
    }
    p.log.remove(index);
    Ok(())
}

/// Removes a news item; its entries in the publication log stay.
pub fn remove_news(p: &mut Publication, id: &str) -> Result<(), String> {
    if !p.news.iter().any(|n| n.id == id) {
        return Err("Новость не найдена: возможно, она уже удалена".into());
    }
    public::delete_news(p, id);
    Ok(())
}

/// Marks a roadmap row for coverage in social networks (its event on `date`), or, with
/// `on == false`, takes the mark away.
pub fn set_row_mark(d: &mut SchoolData, row: &str, on: bool, date: &str) -> Result<(), String> {
    if on {
        public::mark_row(d, row, date)
    } else {
        d.publication.forget_row(row);
        Ok(())
    }
}

/// The section file of a publication made on `today`: the section as it is after this
/// publication is recorded (the published news logged as put on the site, the day remembered),
/// without changing `d` (the change is recorded once the files are saved).
pub fn publication_file(d: &SchoolData, today: &str) -> InfoFile {
    let mut after = d.clone();
    public::record_publication(&mut after, today);
    public::project(&after, today)
}

/// A material flagged for the site whose author has no active consent to publication: it goes
/// out without the author's name, and the coordinator should know.
pub fn published_without_name(p: &Practice, people: &[Person]) -> bool {
    p.publish
        && people
            .iter()
            .find(|x| x.id == p.author)
            .is_some_and(|a| !a.may_publish())
}

/// Who may be chosen as the author of a material: the teachers of the registry, not the
/// anonymized ones, as `(id, full name)` sorted by name.
pub fn practice_authors(people: &[Person]) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = people
        .iter()
        .filter(|p| !p.anonymized)
        .map(|p| (p.id.clone(), p.full_name.clone()))
        .collect();
    crate::domain::sorting::sort_by(&mut out, |a, b| a.1.cmp(&b.1));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::example::example_school;
    use crate::domain::people::anonymize;
    use crate::domain::public::{add_link, add_news, feature, log_post, Channel, News};

    const TODAY: &str = "2025-10-15";

    #[test]
    fn the_section_address_is_trimmed_checked_or_cleared() {
        let mut p = Publication::default();
        set_section_url(&mut p, "  https://school96.ru/nastavnik/#/info ").unwrap();
        assert_eq!(p.section_url, "https://school96.ru/nastavnik/#/info");
        for bad in ["javascript:alert(1)", "school96.ru", "https://школа"] {
            let e = set_section_url(&mut p, bad).unwrap_err();
            assert!(e.contains("https://"), "{bad}: {e}");
            assert_eq!(
                p.section_url, "https://school96.ru/nastavnik/#/info",
                "{bad}"
            );
        }
        set_section_url(&mut p, "   ").unwrap();
        assert_eq!(p.section_url, "");
    }

    #[test]
    fn only_consenting_teachers_not_yet_named_may_be_featured() {
        let mut d = example_school();
        let with: Vec<String> = d
            .people
            .iter()
            .filter(|p| p.may_publish())
            .map(|p| p.id.clone())
            .collect();
        assert!(with.len() >= 2, "the example has teachers with the consent");
        assert!(with.len() < d.people.len(), "and teachers without it");
        let ids = |d: &SchoolData| {
            featurable(d)
                .into_iter()
                .map(|(id, _)| id)
                .collect::<Vec<_>>()
        };
        assert_eq!(ids(&d), with);
        assert_eq!(consenting(&d.people), with.len());

        feature(&mut d, &with[0]).unwrap();
        assert_eq!(ids(&d), with[1..], "a named teacher is no more offered");
        assert!(still_publishable(&d, &with[0]));

        // Anonymizing takes the consent's effect away: neither offered nor publishable.
        let i = d.people.iter().position(|p| p.id == with[1]).unwrap();
        anonymize(&mut d.people[i], 1, TODAY);
        assert_eq!(ids(&d), with[2..]);
        assert_eq!(consenting(&d.people), with.len() - 1);
        assert!(!still_publishable(&d, &with[1]));
        assert!(!still_publishable(&d, "nobody"));

        unfeature(&mut d.publication, &with[0]).unwrap();
        assert!(d.publication.people.is_empty());
        assert!(unfeature(&mut d.publication, &with[0]).is_err());
    }

    #[test]
    fn the_coordinators_contact_leaves_out_empty_fields() {
        let mut d = SchoolData::default();
        assert_eq!(coordinator_contact(&d), None);
        d.profile.coordinator.full_name = " Иванова Анна Петровна ".into();
        d.profile.coordinator.email = "ivanova@school.ru".into();
        d.profile.coordinator.phone = "  ".into();
        assert_eq!(
            coordinator_contact(&d).as_deref(),
            Some("Иванова Анна Петровна, ivanova@school.ru")
        );
    }

    #[test]
    fn links_log_entries_and_news_are_removed_once() {
        let mut d = example_school();
        d.set_task_status("1.1", crate::domain::data::TaskStatus::Done)
            .unwrap();
        let p = &mut d.publication;
        add_link(p, "Район", "https://imc.example.ru/a").unwrap();
        add_link(p, "Регион", "https://rc.example.ru/b").unwrap();
        remove_link(p, 0).unwrap();
        assert_eq!(p.links.len(), 1);
        assert_eq!(p.links[0].title, "Регион");
        assert!(remove_link(p, 1).is_err());
        assert_eq!(p.links.len(), 1);

        let news = News {
            title: "Совет".into(),
            date: "2025-09-01".into(),
            published: true,
            ..Default::default()
        };
        let id = add_news(p, news).unwrap();
        log_post(&mut d, &format!("news:{id}"), Channel::Vk, "2025-09-02", "").unwrap();
        log_post(
            &mut d,
            &format!("news:{id}"),
            Channel::Telegram,
            "2025-09-03",
            "",
        )
        .unwrap();
        let p = &mut d.publication;
        remove_news(p, &id).unwrap();
        assert!(p.news.is_empty());
        assert_eq!(p.log.len(), 2, "the log outlives the news");
        assert!(remove_news(p, &id).is_err());
        remove_log_entry(p, 0).unwrap();
        assert_eq!(p.log[0].channel, Channel::Telegram);
        assert!(remove_log_entry(p, 1).is_err());
        assert_eq!(p.log.len(), 1);
    }

    #[test]
    fn a_row_mark_is_set_moved_and_taken_away() {
        let mut d = example_school();
        let row = d.roadmap[0].id.clone();
        set_row_mark(&mut d, &row, true, "2025-09-01").unwrap();
        set_row_mark(&mut d, &row, true, "2025-09-05").unwrap();
        assert_eq!(d.publication.rows.len(), 1);
        assert_eq!(d.publication.rows[0].date, "2025-09-05");
        assert!(set_row_mark(&mut d, &row, true, "").is_err());
        assert!(set_row_mark(&mut d, "9.9", true, "2025-09-05").is_err());
        assert_eq!(d.publication.rows[0].date, "2025-09-05");
        set_row_mark(&mut d, &row, false, "").unwrap();
        assert!(d.publication.rows.is_empty());
    }

    #[test]
    fn the_publication_file_shows_the_section_after_the_publication() {
        let mut d = example_school();
        let before = d.clone();
        let file = publication_file(&d, TODAY);
        assert_eq!(d, before, "the data is not changed by making the file");
        assert_eq!(file.date, TODAY);
        public::record_publication(&mut d, TODAY);
        assert_eq!(file, public::project(&d, TODAY));
        // The stage 7 measure «published» counts in the file's roadmap figures.
        let stage7 = |f: &InfoFile| f.info.stages.iter().find(|s| s.number == 7).cloned();
        assert_ne!(
            stage7(&file).map(|s| s.percent),
            stage7(&public::project(&before, TODAY)).map(|s| s.percent)
        );
    }

    #[test]
    fn materials_of_authors_without_consent_are_flagged_and_anonymized_authors_not_offered() {
        let d = example_school();
        let with = d.people.iter().find(|p| p.may_publish()).unwrap();
        let without = d.people.iter().find(|p| !p.may_publish()).unwrap();
        let practice = |author: &str, publish: bool| Practice {
            author: author.into(),
            publish,
            ..Default::default()
        };
        assert!(published_without_name(
            &practice(&without.id, true),
            &d.people
        ));
        assert!(!published_without_name(
            &practice(&without.id, false),
            &d.people
        ));
        assert!(!published_without_name(
            &practice(&with.id, true),
            &d.people
        ));
        assert!(!published_without_name(&practice("", true), &d.people));

        let mut people = d.people.clone();
        let authors = practice_authors(&people);
        assert_eq!(authors.len(), people.len());
        assert!(
            authors.windows(2).all(|w| w[0].1 <= w[1].1),
            "sorted by name"
        );
        anonymize(&mut people[0], 1, TODAY);
        let authors = practice_authors(&people);
        assert_eq!(authors.len(), people.len() - 1);
        assert!(!authors.iter().any(|(id, _)| *id == people[0].id));
    }
}
