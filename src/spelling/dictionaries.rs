//! Which dictionary checks which language: English (US) ships with the
//! program (`assets/dictionaries/`, SCOWL-based, see its README); every other
//! language is looked for among the system's Hunspell dictionaries and in the
//! user's own dictionary folder.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};

use spellbook::Dictionary;

/// The name of the shipped dictionary.
pub const BUILTIN_NAME: &str = "en_US";

const BUILTIN_AFF: &str = include_str!("../../assets/dictionaries/en_US.aff");
const BUILTIN_DIC: &str = include_str!("../../assets/dictionaries/en_US.dic");

/// The languages of the monitor besides the issue's own: a word correct in
/// one of them can be accepted (`Options::accept_other_languages`).
pub const OTHER_LANGUAGES: [&str; 4] = ["en", "es", "pt-BR", "pt-PT"];

/// A dictionary ready to check, with the name it is known by (`en_US`,
/// `es_ES`) and where it came from.
#[derive(Clone)]
pub struct LoadedDictionary {
    pub name: String,
    /// `None` for the dictionary shipped with the program.
    pub path: Option<PathBuf>,
    pub dictionary: Arc<Dictionary>,
}

impl std::fmt::Debug for LoadedDictionary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LoadedDictionary")
            .field("name", &self.name)
            .field("path", &self.path)
            .finish_non_exhaustive()
    }
}

/// A dictionary found on this machine: `name.aff` and `name.dic` side by side.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Installed {
    /// `es_ES`, `pt_BR`, `en_GB`…
    pub name: String,
    pub aff: PathBuf,
    pub dic: PathBuf,
}

#[derive(Debug, thiserror::Error)]
pub enum DictionaryError {
    #[error("{}", missing_message(.language, .hint, .folder))]
    Missing {
        /// "Spanish (es)", or the tag alone for a language without a name here.
        language: String,
        hint: String,
        folder: String,
    },
    #[error("{}", unreadable_message(.path, .source))]
    Unreadable {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}", invalid_message(.path, .message))]
    Invalid { path: PathBuf, message: String },
}

fn missing_message(language: &str, hint: &str, folder: &str) -> String {
    crate::t!(
        "spelling-problem-dictionary-missing",
        language = language,
        package = hint,
        folder = folder
    )
}

fn unreadable_message(path: &Path, source: &std::io::Error) -> String {
    crate::t!(
        "spelling-problem-dictionary-unreadable",
        path = path.display().to_string(),
        error = source.to_string()
    )
}

fn invalid_message(path: &Path, message: &str) -> String {
    crate::t!(
        "spelling-problem-dictionary-invalid",
        path = path.display().to_string(),
        message = message
    )
}

/// The shipped English dictionary, parsed once per process.
pub fn builtin_english() -> LoadedDictionary {
    static BUILTIN: OnceLock<Option<Arc<Dictionary>>> = OnceLock::new();
    let parsed =
        BUILTIN.get_or_init(|| Dictionary::new(BUILTIN_AFF, BUILTIN_DIC).ok().map(Arc::new));
    // The shipped files are parsed by a unit test; were they ever unreadable,
    // an empty dictionary (every word unknown) is still no crash.
    let dictionary = match parsed {
        Some(dictionary) => Arc::clone(dictionary),
        None => Arc::new(empty_dictionary()),
    };
    LoadedDictionary {
        name: BUILTIN_NAME.to_owned(),
        path: None,
        dictionary,
    }
}

fn empty_dictionary() -> Dictionary {
    match Dictionary::new("SET UTF-8\n", "0\n") {
        Ok(dictionary) => dictionary,
        Err(_) => unreachable!("an empty dictionary always parses"),
    }
}

/// Where the user can put dictionaries of their own: `dictionaries/` in the
/// program's config folder.
pub fn user_dictionary_folder() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "monitor-workbench")
        .map(|dirs| dirs.config_dir().join("dictionaries"))
}

/// The folders searched for `.aff`/`.dic` pairs, first wins: the user's
/// folder, `DICPATH` (Hunspell's own variable), then the platform's.
pub fn search_folders() -> Vec<PathBuf> {
    let mut folders: Vec<PathBuf> = user_dictionary_folder().into_iter().collect();
    if let Some(paths) = std::env::var_os("DICPATH") {
        folders.extend(std::env::split_paths(&paths));
    }
    if cfg!(target_os = "macos") {
        if let Some(home) = directories::BaseDirs::new() {
            folders.push(home.home_dir().join("Library/Spelling"));
        }
        folders.push(PathBuf::from("/Library/Spelling"));
    } else if cfg!(windows) {
        // No system-wide Hunspell folder on Windows: LibreOffice's, if any.
        for base in [
            "C:\\Program Files\\LibreOffice",
            "C:\\Program Files (x86)\\LibreOffice",
        ] {
            folders.push(Path::new(base).join("share\\extensions"));
        }
    } else {
        for folder in [
            "/usr/share/hunspell",
            "/usr/share/myspell/dicts",
            "/usr/share/myspell",
            "/usr/local/share/hunspell",
            "/app/share/hunspell",
        ] {
            folders.push(PathBuf::from(folder));
        }
    }
    folders
}

/// Every dictionary installed in `search_folders`, by name, first found wins
/// (LibreOffice's extension folders are searched one level down).
pub fn installed() -> Vec<Installed> {
    installed_in(&search_folders())
}

pub(super) fn installed_in(folders: &[PathBuf]) -> Vec<Installed> {
    let mut found: Vec<Installed> = Vec::new();
    for folder in folders {
        let Ok(entries) = std::fs::read_dir(folder) else {
            continue;
        };
        let mut paths: Vec<PathBuf> = entries.flatten().map(|entry| entry.path()).collect();
        paths.sort();
        for path in paths {
            let pairs = if path.is_dir() && cfg!(windows) {
                pairs_in(&path)
            } else {
                pair_of(&path).into_iter().collect()
            };
            for pair in pairs {
                if !has(&found, &pair.name) {
                    found.push(pair);
                }
            }
        }
    }
    found.sort_by(|a, b| a.name.cmp(&b.name));
    found
}

fn has(found: &[Installed], name: &str) -> bool {
    found.iter().any(|pair| pair.name == name)
}

fn pairs_in(folder: &Path) -> Vec<Installed> {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return Vec::new();
    };
    entries
        .flatten()
        .filter_map(|entry| pair_of(&entry.path()))
        .collect()
}

/// `name.dic` with its `name.aff` beside it (hyphenation and thesaurus
/// files are not dictionaries).
fn pair_of(path: &Path) -> Option<Installed> {
    if path.extension()? != "dic" {
        return None;
    }
    let name = path.file_stem()?.to_str()?.to_owned();
    if name.starts_with("hyph_") || name.starts_with("th_") {
        return None;
    }
    let aff = path.with_extension("aff");
    aff.is_file().then(|| Installed {
        name,
        aff,
        dic: path.to_owned(),
    })
}

/// The languages of the monitor, for Preferences: English (US and UK),
/// Spanish, Portuguese (Brazil and Portugal).
pub const SUPPORTED_LANGUAGES: [&str; 5] = ["en-US", "en-GB", "es", "pt-BR", "pt-PT"];

/// Whether a supported language can be checked, and with what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LanguageStatus {
    pub tag: &'static str,
    /// The language's name in the interface's language.
    pub name: String,
    /// The dictionary that checks it (`en_US` shipped, `es_ES` installed…);
    /// `None` when none is installed.
    pub dictionary: Option<String>,
    /// The package that adds one (`hunspell-es`).
    pub hint: String,
}

/// Each supported language with its dictionary or how to install one
/// (British English without `en_GB` is checked with the shipped `en_US`, and
/// says so).
pub fn languages() -> Vec<LanguageStatus> {
    languages_with(&installed())
}

pub(super) fn languages_with(installed: &[Installed]) -> Vec<LanguageStatus> {
    SUPPORTED_LANGUAGES
        .iter()
        .map(|&tag| {
            let (language, region) = split_tag(tag);
            let dictionary = if tag == "en-US" {
                Some(BUILTIN_NAME.to_owned())
            } else {
                choose(&language, region.as_deref(), installed)
                    .map(|pair| pair.name.clone())
                    .or_else(|| (language == "en").then(|| BUILTIN_NAME.to_owned()))
            };
            LanguageStatus {
                tag,
                name: language_name(tag).unwrap_or_else(|| tag.to_owned()),
                dictionary,
                hint: install_hint(tag),
            }
        })
        .collect()
}

/// The dictionary for a BCP 47 tag (`en`, `en-GB`, `es`, `pt-BR`): English
/// (US, or any English without an installed regional one) is the shipped
/// one; other languages come from `installed`.
pub fn load_for_language(tag: &str) -> Result<LoadedDictionary, DictionaryError> {
    load_for_language_in(tag, None)
}

/// `load_for_language` with `first` searched before the usual folders (a
/// window told where its dictionaries are, tests).
pub fn load_for_language_in(
    tag: &str,
    first: Option<&Path>,
) -> Result<LoadedDictionary, DictionaryError> {
    let mut folders: Vec<PathBuf> = first.into_iter().map(Path::to_owned).collect();
    folders.extend(search_folders());
    load_from(tag, &installed_in(&folders))
}

pub(super) fn load_from(
    tag: &str,
    installed: &[Installed],
) -> Result<LoadedDictionary, DictionaryError> {
    let (language, region) = split_tag(tag);
    if language == "en" && matches!(region.as_deref(), None | Some("US")) {
        return Ok(builtin_english());
    }
    match choose(&language, region.as_deref(), installed) {
        Some(pair) => load_installed(pair),
        None if language == "en" => Ok(builtin_english()),
        None => Err(DictionaryError::Missing {
            language: match language_name(tag) {
                Some(name) => format!("{name} ({tag})"),
                None => tag.to_owned(),
            },
            hint: install_hint(tag),
            folder: user_dictionary_folder()
                .map(|folder| folder.display().to_string())
                .unwrap_or_else(|| crate::t!("spelling-problem-config-folder")),
        }),
    }
}

/// `("pt", Some("BR"))` from `pt-BR`, `pt_br` or `PT-BR`; `("es", None)` from `es`.
fn split_tag(tag: &str) -> (String, Option<String>) {
    let mut parts = tag.trim().split(['-', '_']);
    let language = parts.next().unwrap_or_default().to_ascii_lowercase();
    let region = parts
        .find(|part| part.len() == 2 && part.chars().all(|c| c.is_ascii_alphabetic()))
        .map(str::to_ascii_uppercase);
    (language, region)
}

/// The best installed dictionary for a language: its region's, else the
/// language's home region's (`es_ES`, `pt_PT`), else the bare language,
/// else any region of it.
fn choose<'a>(
    language: &str,
    region: Option<&str>,
    installed: &'a [Installed],
) -> Option<&'a Installed> {
    if language.is_empty() {
        return None;
    }
    let home = language.to_ascii_uppercase();
    let wanted = [
        region.map(|region| format!("{language}_{region}")),
        Some(format!("{language}_{home}")),
        Some(language.to_owned()),
    ];
    wanted
        .iter()
        .flatten()
        .find_map(|name| installed.iter().find(|pair| &pair.name == name))
        .or_else(|| {
            let prefix = format!("{language}_");
            installed.iter().find(|pair| pair.name.starts_with(&prefix))
        })
}

/// Parses an installed dictionary, once per process and path.
fn load_installed(pair: &Installed) -> Result<LoadedDictionary, DictionaryError> {
    static LOADED: OnceLock<Mutex<HashMap<PathBuf, Arc<Dictionary>>>> = OnceLock::new();
    let cache = LOADED.get_or_init(Mutex::default);
    let cached = cache
        .lock()
        .ok()
        .and_then(|loaded| loaded.get(&pair.dic).cloned());
    let dictionary = match cached {
        Some(dictionary) => dictionary,
        None => {
            let read = |path: &Path| {
                let bytes = std::fs::read(path).map_err(|source| DictionaryError::Unreadable {
                    path: path.to_owned(),
                    source,
                })?;
                Ok::<_, DictionaryError>(decode(bytes))
            };
            let aff = read(&pair.aff)?;
            let dic = read(&pair.dic)?;
            let dictionary =
                Dictionary::new(&aff, &dic).map_err(|error| DictionaryError::Invalid {
                    path: pair.dic.clone(),
                    message: error.to_string(),
                })?;
            let dictionary = Arc::new(dictionary);
            if let Ok(mut loaded) = cache.lock() {
                loaded.insert(pair.dic.clone(), Arc::clone(&dictionary));
            }
            dictionary
        }
    };
    Ok(LoadedDictionary {
        name: pair.name.clone(),
        path: Some(pair.dic.clone()),
        dictionary,
    })
}

/// UTF-8 as most dictionaries are; older ones (`SET ISO8859-1`) read as
/// Latin-1 so that they still load.
fn decode(bytes: Vec<u8>) -> String {
    match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(error) => {
            let bytes = error.into_bytes();
            let (text, _, _) = encoding_rs::WINDOWS_1252.decode(&bytes);
            text.replace("SET ISO8859-1", "SET UTF-8")
                .replace("SET ISO8859-15", "SET UTF-8")
        }
    }
}

/// "English", "Spanish", "Portuguese (Brazil)"… for messages, in the
/// interface's language; `None` for a language the program has no name for.
pub fn language_name(tag: &str) -> Option<String> {
    let (language, region) = split_tag(tag);
    let name = match (language.as_str(), region.as_deref()) {
        ("en", Some("GB")) => crate::t!("spelling-problem-language-english-uk"),
        ("en", _) => crate::t!("spelling-problem-language-english"),
        ("es", _) => crate::t!("spelling-problem-language-spanish"),
        ("pt", Some("BR")) => crate::t!("spelling-problem-language-portuguese-brazil"),
        ("pt", Some("PT")) => crate::t!("spelling-problem-language-portuguese-portugal"),
        ("pt", _) => crate::t!("spelling-problem-language-portuguese"),
        ("fr", _) => crate::t!("spelling-problem-language-french"),
        ("de", _) => crate::t!("spelling-problem-language-german"),
        ("it", _) => crate::t!("spelling-problem-language-italian"),
        _ => return None,
    };
    Some(name)
}

/// The Debian/Ubuntu package with the language's dictionary.
pub fn install_hint(tag: &str) -> String {
    let (language, region) = split_tag(tag);
    match (language.as_str(), region.as_deref()) {
        ("pt", Some("BR")) => "hunspell-pt-br".to_owned(),
        ("pt", _) => "hunspell-pt-pt".to_owned(),
        ("en", Some("GB")) => "hunspell-en-gb".to_owned(),
        ("en", Some(region @ ("AU" | "CA" | "ZA"))) => {
            format!("hunspell-en-{}", region.to_ascii_lowercase())
        }
        ("en", _) => "hunspell-en-us".to_owned(),
        (language, _) => format!("hunspell-{language}"),
    }
}
