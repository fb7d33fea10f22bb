//! The smallest Typst world: one template, one data file, the fonts. It
//! reads nothing from the disk and nothing from the network.

use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};
use typst_kit::fonts::FontStore;

const TEMPLATE: &str = include_str!("issue.typ");

pub(super) struct IssueWorld {
    library: LazyHash<Library>,
    fonts: &'static FontStore,
    main: Source,
    data_id: FileId,
    data: Bytes,
}

fn file_id(path: &str) -> Option<FileId> {
    let path = VirtualPath::new(path).ok()?;
    Some(FileId::new(RootedPath::new(VirtualRoot::Project, path)))
}

impl IssueWorld {
    /// `None` only if Typst refused its own fixed paths.
    pub(super) fn new(fonts: &'static FontStore, data: Vec<u8>) -> Option<Self> {
        let main_id = file_id("/main.typ")?;
        Some(Self {
            library: LazyHash::new(Library::default()),
            fonts,
            main: Source::new(main_id, TEMPLATE.to_owned()),
            data_id: file_id("/issue.json")?,
            data: Bytes::new(data),
        })
    }
}

impl World for IssueWorld {
    fn library(&self) -> &LazyHash<Library> {
        &self.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        self.fonts.book()
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            Ok(self.main.clone())
        } else {
            Err(FileError::NotSource)
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == self.data_id {
            Ok(self.data.clone())
        } else if id == self.main.id() {
            Ok(Bytes::from_string(self.main.clone()))
        } else {
            Err(FileError::AccessDenied)
        }
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.fonts.font(index)
    }

    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        // The template never asks: the date of an issue is its own.
        None
    }
}
