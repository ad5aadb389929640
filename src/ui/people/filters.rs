//! The search, filters and sort of the register and the banks.

use leptos::prelude::*;

use crate::domain::banks::Bank;
use crate::domain::people::{subjects, BankStatus, ConsentFilter, Query, RoleFilter, SortBy};

use crate::ui::state::use_state;
use crate::ui::widgets::EnumSelect;

/// Rows of a list shown at once (more on request).
pub const PAGE: usize = 100;

/// What a list searches for, and how many of the found rows it shows.
#[derive(Clone, Copy)]
pub struct ListFilters {
    text: RwSignal<String>,
    role: RwSignal<RoleFilter>,
    consent: RwSignal<ConsentFilter>,
    status: RwSignal<Option<BankStatus>>,
    subject: RwSignal<Option<String>>,
    area: RwSignal<Option<String>>,
    sort: RwSignal<SortBy>,
    /// Rows shown; a new search starts again from the first page.
    pub limit: RwSignal<usize>,
}

impl ListFilters {
    pub fn new(bank: Option<Bank>) -> Self {
        ListFilters {
            text: RwSignal::new(String::new()),
            role: RwSignal::new(RoleFilter::of_bank(bank)),
            consent: RwSignal::new(ConsentFilter::All),
            status: RwSignal::new(None),
            subject: RwSignal::new(None),
            area: RwSignal::new(None),
            sort: RwSignal::new(SortBy::Name),
            limit: RwSignal::new(PAGE),
        }
    }

    /// The query (tracked: a memo reading it reruns on any change).
    pub fn query(&self) -> Query {
        Query {
            text: self.text.get(),
            role: self.role.get(),
            consent: self.consent.get(),
            status: self.status.get(),
            subject: self.subject.get(),
            area: self.area.get(),
            sort: self.sort.get(),
        }
    }

    /// Sets a filter and shows the first page of the new result.
    fn set<T: Send + Sync + 'static>(&self, signal: RwSignal<T>, value: T) {
        self.limit.set(PAGE);
        signal.set(value);
    }
}

/// The toolbar above a list. `prefix`: of the controls' ids.
#[component]
pub fn Filters(bank: Option<Bank>, prefix: &'static str, f: ListFilters) -> impl IntoView {
    let state = use_state();
    // Memos: the options are rebuilt only when the lists change (a rebuilt list would lose
    // the chosen option).
    let subject_list = state.read(move |d| subjects(&d.people));
    // «id\u{1f}title» strings: one `Memo<Vec<String>>` type rather than a new one of pairs
    // (every signal type costs the wasm a few KB).
    let area_list = state.read(move |d| {
        d.taxonomy
            .iter()
            .map(|a| format!("{}\u{1f}{}", a.id, a.title))
            .collect::<Vec<String>>()
    });
    let id = move |s: &str| format!("{prefix}-{s}");
    let optional = |v: String| (!v.is_empty()).then_some(v);
    view! {
        <div class="toolbar" role="search">
            <div class="field">
                <label for=id("search")>"Поиск: ФИО, должность, предмет"</label>
                <input id=id("search") type="search" prop:value=move || f.text.get()
                    on:input=move |ev| f.set(f.text, event_target_value(&ev)) />
            </div>
            {bank.is_none().then(|| view! {
                <div class="field">
                    <label for=id("role")>"Роль"</label>
                    <EnumSelect id=id("role") selected=move || Some(f.role.get())
                        on_change=move |r| f.set(f.role, r) />
                </div>
            })}
            {bank.is_some().then(|| view! {
                <div class="field">
                    <label for=id("status")>"Статус"</label>
                    <EnumSelect id=id("status") selected=move || f.status.get() empty="любой"
                        on_empty=Callback::new(move |()| f.set(f.status, None))
                        on_change=move |s: BankStatus| f.set(f.status, Some(s)) />
                </div>
            })}
            <div class="field">
                <label for=id("subject")>"Предмет"</label>
                <select id=id("subject") on:change=move |ev| f.set(f.subject, optional(event_target_value(&ev)))>
                    <option value="">"любой"</option>
                    {move || subject_list.get().into_iter().map(|s| view! { <option value=s.clone()>{s.clone()}</option> }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for=id("area")>{match bank {
                    Some(Bank::Mentees) => "Затруднение",
                    Some(Bank::Mentors) => "Сильная сторона",
                    None => "Область (затруднение или сильная сторона)",
                }}</label>
                <select id=id("area") on:change=move |ev| f.set(f.area, optional(event_target_value(&ev)))>
                    <option value="">"любая"</option>
                    {move || area_list.get().into_iter().map(|a| {
                        let (id, t) = a.split_once('\u{1f}').map(|(i, t)| (i.to_string(), t.to_string())).unwrap_or_default();
                        view! { <option value=id>{t}</option> }
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for=id("consent")>"Согласие на обработку ПД"</label>
                <EnumSelect id=id("consent") selected=move || Some(f.consent.get())
                    on_change=move |c| f.set(f.consent, c) />
            </div>
            <div class="field">
                <label for=id("sort")>"Сортировка"</label>
                <EnumSelect id=id("sort") selected=move || Some(f.sort.get())
                    on_change=move |s| f.set(f.sort, s) />
            </div>
        </div>
    }
}
