//! Writes an archive of the example school with `n` generated teachers (every questionnaire
//! answered, most with consents) to stdout: `cargo run --release --example gen_archive -- 2000`.
//! Used by bench/banks.mjs for the 2,000-person figures.

use nastavnik::domain::archive::Envelope;
use nastavnik::domain::data::SchoolData;
use nastavnik::domain::example::people;
use nastavnik::domain::school::example_profile;

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(2000);
    let data = SchoolData {
        profile: example_profile(),
        people: people(n, 2026),
        ..Default::default()
    };
    print!(
        "{}",
        Envelope::new(data, 1, "2026-11-26T09:00:00.000Z").to_json()
    );
}
