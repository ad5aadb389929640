//! A card of a screen: a section named by its heading; and a table's column headings.

use leptos::prelude::*;

use super::{ErrorText, Getter};

/// `<section class="card">` named by its heading (`aria-labelledby`): an `h3`, or an `h2`
/// with `h2`. `class` adds to «card» (e.g. «danger-zone»). With `error`, the card ends with
/// its [`ErrorText`]: why the last action on the card was refused.
#[component]
pub fn Card(
    /// The heading's id.
    id: &'static str,
    #[prop(into)] title: String,
    #[prop(optional)] h2: bool,
    #[prop(optional)] class: Option<&'static str>,
    #[prop(optional)] testid: Option<&'static str>,
    #[prop(optional, into)] error: Option<Getter<Option<String>>>,
    children: Children,
) -> impl IntoView {
    let heading = if h2 {
        view! { <h2 id=id>{title}</h2> }.into_any()
    } else {
        view! { <h3 id=id>{title}</h3> }.into_any()
    };
    let class = match class {
        Some(c) => format!("card {c}"),
        None => "card".to_string(),
    };
    view! {
        <section class=class aria-labelledby=id data-testid=testid>
            {heading}
            {children()}
            {error.map(|message| view! { <ErrorText message /> })}
        </section>
    }
}

/// A table's `<thead>`: one `<th scope="col">` a name; an empty name is a column of actions,
/// named for screen readers only («Действия»).
#[component]
pub fn ColumnHeads(names: &'static [&'static str]) -> impl IntoView {
    view! {
        <thead><tr>
            {names.iter().map(|n| if n.is_empty() {
                view! { <th scope="col"><span class="visually-hidden">"Действия"</span></th> }.into_any()
            } else {
                view! { <th scope="col">{*n}</th> }.into_any()
            }).collect_view()}
        </tr></thead>
    }
}
