//! typst as a library: a `World` with one source file (the plan template, compiled into the
//! binary), the embedded fonts, no file system and a fixed date. Everything about the account
//! reaches the template through `sys.inputs` as data (a JSON document and the map's SVG bytes),
//! so nothing the user typed is ever read as typst markup.

use crate::error::ReportError;
use crate::fonts;
use chrono::{Datelike, NaiveDate};
use std::sync::OnceLock;
use typst::diag::{FileError, FileResult, SourceDiagnostic};
use typst::foundations::{Array, Bytes, Datetime, Dict, Duration, Smart, Str, Value};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};
use typst_layout::PagedDocument;

const TEMPLATE: &str = include_str!("../templates/plan.typ");

struct FontSet {
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
}

fn font_set() -> &'static FontSet {
    static SET: OnceLock<FontSet> = OnceLock::new();
    SET.get_or_init(|| {
        let fonts: Vec<Font> = [fonts::REGULAR, fonts::BOLD]
            .into_iter()
            .flat_map(|data| Font::iter(Bytes::new(data)))
            .collect();
        FontSet {
            book: LazyHash::new(FontBook::from_fonts(&fonts)),
            fonts,
        }
    })
}

fn main_id() -> FileId {
    static ID: OnceLock<FileId> = OnceLock::new();
    *ID.get_or_init(|| {
        let path = VirtualPath::new("/plan.typ").expect("a valid virtual path");
        RootedPath::new(VirtualRoot::Project, path).intern()
    })
}

struct PlanWorld {
    library: LazyHash<Library>,
    main: Source,
    today: Datetime,
}

impl World for PlanWorld {
    fn library(&self) -> &LazyHash<Library> {
        &self.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &font_set().book
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            Ok(self.main.clone())
        } else {
            Err(FileError::AccessDenied)
        }
    }

    fn file(&self, _id: FileId) -> FileResult<Bytes> {
        Err(FileError::AccessDenied)
    }

    fn font(&self, index: usize) -> Option<Font> {
        font_set().fonts.get(index).cloned()
    }

    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        Some(self.today)
    }
}

fn date(d: NaiveDate) -> Option<Datetime> {
    Datetime::from_ymd(
        d.year(),
        u8::try_from(d.month()).ok()?,
        u8::try_from(d.day()).ok()?,
    )
}

fn messages(diagnostics: &[SourceDiagnostic]) -> String {
    diagnostics
        .iter()
        .map(|d| d.message.to_string())
        .collect::<Vec<_>>()
        .join("; ")
}

/// Lays out the plan template over `data` (JSON) and `images` (SVG documents the data refers to
/// by index).
pub(crate) fn compile(
    data: Vec<u8>,
    images: Vec<String>,
    today: NaiveDate,
) -> Result<PagedDocument, ReportError> {
    let inputs: Dict = [
        (Str::from("data"), Value::Bytes(Bytes::new(data))),
        (
            Str::from("images"),
            Value::Array(
                images
                    .into_iter()
                    .map(|svg| Value::Bytes(Bytes::new(svg.into_bytes())))
                    .collect::<Array>(),
            ),
        ),
    ]
    .into_iter()
    .collect();
    let world = PlanWorld {
        library: LazyHash::new(Library::builder().with_inputs(inputs).build()),
        main: Source::new(main_id(), TEMPLATE.to_string()),
        today: date(today).unwrap_or_else(|| Datetime::from_ymd(2000, 1, 1).expect("a date")),
    };
    let result = typst::compile::<PagedDocument>(&world).output;
    // typst memoises across calls in a process-wide cache; empty it, so a long-running app does
    // not grow with every export and every export costs the same.
    typst::comemo::evict(0);
    result.map_err(|errors| ReportError::Typeset(messages(&errors)))
}

/// The PDF of a laid-out document, dated `today` so the same data gives the same bytes.
pub(crate) fn pdf(document: &PagedDocument, today: NaiveDate) -> Result<Vec<u8>, ReportError> {
    let options = typst_pdf::PdfOptions {
        ident: Smart::Auto,
        creator: Smart::Custom(Some("Rapport".into())),
        timestamp: date(today).map(typst_pdf::Timestamp::new_utc),
        ..typst_pdf::PdfOptions::default()
    };
    typst_pdf::pdf(document, &options).map_err(|errors| ReportError::Pdf(messages(&errors)))
}
