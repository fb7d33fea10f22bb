//! The one door to the network. Every request the program makes goes through
//! [`Fetcher`]: `http` and `https` only, a time limit for the whole request
//! (redirects included), a cap on what is read, at most five redirects
//! followed one by one (so each hop is checked and reported), no cookies, and
//! a user agent that names the program. Proxies come from the usual
//! `HTTPS_PROXY`/`HTTP_PROXY`/`ALL_PROXY` and `NO_PROXY` variables.

use std::io::Read;
use std::time::{Duration, Instant};

use url::Url;

/// What requesting a page may fail on, said for the editor.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FetchError {
    #[error("“{0}” is not an http or https address")]
    NotWeb(String),
    #[error("the server name “{0}” was not found (no such site, or no network)")]
    HostNotFound(String),
    #[error("{0} refused the connection or could not be reached")]
    Unreachable(String),
    #[error("no answer within {0} seconds")]
    Timeout(u64),
    #[error("the redirects go round in a loop (back to {0})")]
    RedirectLoop(String),
    #[error("more than {0} redirects")]
    TooManyRedirects(usize),
    #[error("a redirect to “{0}”, which is no web address")]
    BadRedirect(String),
    #[error("the server answered {status}{}", reason_suffix(*status))]
    Status { status: u16 },
    #[error("{0}")]
    Other(String),
}

fn reason_suffix(status: u16) -> String {
    let reason = match status {
        401 => "unauthorized",
        403 => "forbidden",
        404 => "not found",
        410 => "gone",
        429 => "too many requests",
        451 => "unavailable for legal reasons",
        500 => "server error",
        502 => "bad gateway",
        503 => "service unavailable",
        504 => "gateway timeout",
        _ => return String::new(),
    };
    format!(" ({reason})")
}

/// The limits of every request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FetchConfig {
    pub timeout: Duration,
    /// Bytes of a body read at most; the rest is never downloaded.
    pub max_bytes: usize,
    pub max_redirects: usize,
    pub user_agent: String,
    /// `None` uses the proxy of the environment, if any.
    pub proxy: Option<String>,
}

/// The user agent: the program, its version and where to read about it, so a
/// site's operator knows who asked.
pub const USER_AGENT: &str = concat!(
    "MonitorWorkbench/",
    env!("CARGO_PKG_VERSION"),
    " (citation metadata for a news monitor; one request per cited link)"
);

impl Default for FetchConfig {
    fn default() -> Self {
        Self {
            timeout: Duration::from_secs(10),
            max_bytes: 2 * 1024 * 1024,
            max_redirects: 5,
            user_agent: USER_AGENT.to_owned(),
            proxy: None,
        }
    }
}

/// One answered request, after its redirects.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fetched {
    /// Every address requested, the original first and the answering one last.
    pub hops: Vec<String>,
    pub status: u16,
    pub content_type: Option<String>,
    /// `Content-Location`, where an archive says its copy lives.
    pub content_location: Option<String>,
    /// At most `max_bytes` of the body (empty when the body was not wanted).
    pub body: Vec<u8>,
    /// The body went on beyond `max_bytes`.
    pub truncated: bool,
}

impl Fetched {
    pub fn final_url(&self) -> &str {
        self.hops.last().map(String::as_str).unwrap_or_default()
    }

    /// The body as text: its declared charset, else UTF-8, else Windows-1252
    /// (what older Latin American sites still send unlabelled).
    pub fn text(&self) -> String {
        let declared = self
            .content_type
            .as_deref()
            .and_then(|t| t.split(';').find_map(|p| p.trim().strip_prefix("charset=")))
            .and_then(|label| encoding_rs::Encoding::for_label(label.trim_matches('"').as_bytes()));
        let encoding = declared.unwrap_or(if std::str::from_utf8(&self.body).is_ok() {
            encoding_rs::UTF_8
        } else {
            encoding_rs::WINDOWS_1252
        });
        encoding.decode(&self.body).0.into_owned()
    }
}

/// A request that failed, with the addresses reached before it did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failed {
    pub hops: Vec<String>,
    pub error: FetchError,
}

/// Makes requests with one [`FetchConfig`]; cheap to share between threads.
#[derive(Debug, Clone)]
pub struct Fetcher {
    config: FetchConfig,
    agent: ureq::Agent,
}

impl Fetcher {
    pub fn new(config: FetchConfig) -> Result<Self, FetchError> {
        let proxy = match &config.proxy {
            Some(address) => Some(
                ureq::Proxy::new(address)
                    .map_err(|e| FetchError::Other(format!("the proxy “{address}”: {e}")))?,
            ),
            None => ureq::Proxy::try_from_env(),
        };
        let agent = ureq::Agent::config_builder()
            .max_redirects(0)
            .max_redirects_will_error(false)
            .http_status_as_error(false)
            .user_agent(config.user_agent.as_str())
            .proxy(proxy)
            .build()
            .new_agent();
        Ok(Self { config, agent })
    }

    pub fn config(&self) -> &FetchConfig {
        &self.config
    }

    /// Requests `url` with GET, following redirects; reads the body when
    /// `read_body`. A status of 400 or more is an answer here, not an error:
    /// the caller decides.
    pub fn get(&self, url: &str, read_body: bool) -> Result<Fetched, Failed> {
        let deadline = Instant::now() + self.config.timeout;
        let mut hops = vec![url.to_owned()];
        let fail = |hops: &Vec<String>, error| Failed {
            hops: hops.clone(),
            error,
        };
        let mut current = web_url(url).map_err(|e| fail(&hops, e))?;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return Err(fail(&hops, self.timeout_error()));
            }
            let response = self
                .agent
                .get(current.as_str())
                .config()
                .timeout_global(Some(left))
                .build()
                .call()
                .map_err(|e| fail(&hops, self.error(e, &current)))?;
            let status = response.status().as_u16();
            let header = |name: &str| {
                response
                    .headers()
                    .get(name)
                    .and_then(|v| v.to_str().ok())
                    .map(str::to_owned)
            };
            if (300..400).contains(&status)
                && let Some(location) = header("location")
            {
                let next = current
                    .join(&location)
                    .map_err(|_| fail(&hops, FetchError::BadRedirect(location.clone())))?;
                if !matches!(next.scheme(), "http" | "https") {
                    return Err(fail(&hops, FetchError::BadRedirect(next.to_string())));
                }
                if hops.iter().any(|h| h == next.as_str()) {
                    return Err(fail(&hops, FetchError::RedirectLoop(next.to_string())));
                }
                if hops.len() > self.config.max_redirects {
                    return Err(fail(
                        &hops,
                        FetchError::TooManyRedirects(self.config.max_redirects),
                    ));
                }
                hops.push(next.to_string());
                current = next;
                continue;
            }
            let content_type = header("content-type");
            let content_location = header("content-location");
            let (body, truncated) = if read_body {
                self.read_capped(response.into_body())
                    .map_err(|e| fail(&hops, self.error(e, &current)))?
            } else {
                (Vec::new(), false)
            };
            return Ok(Fetched {
                hops,
                status,
                content_type,
                content_location,
                body,
                truncated,
            });
        }
    }

    /// Reads at most `max_bytes`; one byte more tells that the page went on.
    fn read_capped(&self, body: ureq::Body) -> Result<(Vec<u8>, bool), ureq::Error> {
        let cap = self.config.max_bytes;
        let mut bytes = Vec::with_capacity(cap.min(256 * 1024));
        body.into_with_config()
            .limit(u64::MAX)
            .reader()
            .take(cap as u64 + 1)
            .read_to_end(&mut bytes)?;
        let truncated = bytes.len() > cap;
        bytes.truncate(cap);
        Ok((bytes, truncated))
    }

    fn timeout_error(&self) -> FetchError {
        FetchError::Timeout(self.config.timeout.as_secs().max(1))
    }

    fn error(&self, error: ureq::Error, url: &Url) -> FetchError {
        let host = url.host_str().unwrap_or_default().to_owned();
        match error {
            ureq::Error::Timeout(_) => self.timeout_error(),
            ureq::Error::HostNotFound => FetchError::HostNotFound(host),
            ureq::Error::ConnectionFailed => FetchError::Unreachable(host),
            ureq::Error::Io(io) if io.kind() == std::io::ErrorKind::TimedOut => {
                self.timeout_error()
            }
            ureq::Error::Io(io)
                if matches!(
                    io.kind(),
                    std::io::ErrorKind::ConnectionRefused | std::io::ErrorKind::ConnectionReset
                ) =>
            {
                FetchError::Unreachable(host)
            }
            other => FetchError::Other(format!("{host}: {other}")),
        }
    }
}

/// `url` as an http or https address.
fn web_url(url: &str) -> Result<Url, FetchError> {
    Url::parse(url.trim())
        .ok()
        .filter(|u| matches!(u.scheme(), "http" | "https") && u.host_str().is_some())
        .ok_or_else(|| FetchError::NotWeb(url.to_owned()))
}
