//! Official documents: one text model ([`model`]), templates filled from `SchoolData`,
//! the registry of documents, and the renderers (print HTML, DOCX).

pub mod docx;
pub mod edit;
pub mod html;
pub mod law;
pub mod model;
pub mod placeholder;
pub mod registry;
pub mod templates;
pub mod zip_store;
