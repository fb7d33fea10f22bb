//! A web server on 127.0.0.1 for the source-capture tests and benches: the
//! fixture pages of `tests/data/pages/`, redirects that loop, chain or leave
//! the site, a page that never answers, a 10 MB page, a slow page, and an
//! archive speaking the Wayback Machine's protocol. It is also an HTTP proxy
//! (`CONNECT host:port`, or a request in absolute form), so a test can cite
//! `http://actualidad.rt.com/…` and be answered here: with the fetcher's proxy
//! set to [`WebServer::proxy_url`], no request ever leaves the machine.
//!
//! One thread per connection, one request per connection (`Connection:
//! close`). Every answer sets a cookie, so a client that sent cookies back
//! would be seen ([`WebServer::cookies`]). Dropping the server stops it; a
//! hanging or slow answer ends within a few milliseconds of the drop.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// The path at which the RT-like fixture is served, on any host; cite it on
/// `actualidad.rt.com` through the proxy ([`STATE_MEDIA_URL`]).
pub const STATE_MEDIA_PATH: &str = "/actualidad/567890-caracas-moscu-acuerdo-energetico";
/// A state-media article (RT en Español's host), reachable only through the proxy.
pub const STATE_MEDIA_URL: &str =
    "http://actualidad.rt.com/actualidad/567890-caracas-moscu-acuerdo-energetico";
/// Where `/moved` leads: another host, reachable only through the proxy.
pub const MOVED_TO: &str = "http://other.example/pages/og-only.html";
/// When the archive's existing snapshots were taken, unless set otherwise.
pub const SNAPSHOT_TIMESTAMP: &str = "20261103120000";
/// When the archive says it took a copy asked for through `/save/`.
pub const SAVED_TIMESTAMP: &str = "20261129101500";
/// The size of `/big`, sent 64 KB every 2 ms (at most 32 MB/s).
pub const BIG_PAGE_BYTES: usize = 10 * 1024 * 1024;

/// One request the server read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Seen {
    /// The `Host` header (or the absolute target's host), `:80` dropped.
    pub host: String,
    /// Path and query.
    pub path: String,
    pub user_agent: Option<String>,
    pub cookie: Option<String>,
    /// It came through a `CONNECT` tunnel or in absolute form.
    pub via_proxy: bool,
}

/// What the server wrote for one request, once its connection ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sent {
    pub path: String,
    /// Body bytes written before the client went away or the body ended.
    pub body_bytes: usize,
    /// The whole body was written.
    pub complete: bool,
}

#[derive(Default)]
struct State {
    stop: AtomicBool,
    seen: Mutex<Vec<Seen>>,
    sent: Mutex<Vec<Sent>>,
    /// Archive answers set by a test: URL → snapshot timestamp, or none.
    snapshots: Mutex<HashMap<String, Option<String>>>,
}

/// The running server; stops when dropped.
pub struct WebServer {
    address: SocketAddr,
    state: Arc<State>,
    accepter: Option<JoinHandle<()>>,
}

impl WebServer {
    /// Binds `127.0.0.1:0` and serves until dropped.
    pub fn start() -> WebServer {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind a local port");
        let address = listener.local_addr().expect("the bound address");
        let state = Arc::new(State::default());
        let accepter = {
            let state = Arc::clone(&state);
            std::thread::spawn(move || {
                for stream in listener.incoming() {
                    if state.stop.load(Ordering::SeqCst) {
                        break;
                    }
                    let Ok(stream) = stream else { continue };
                    let state = Arc::clone(&state);
                    let port = address.port();
                    std::thread::spawn(move || serve(stream, &state, port));
                }
            })
        };
        WebServer {
            address,
            state,
            accepter: Some(accepter),
        }
    }

    pub fn port(&self) -> u16 {
        self.address.port()
    }

    /// `http://127.0.0.1:PORT{path}`.
    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.address)
    }

    /// The server as an HTTP proxy: `http://127.0.0.1:PORT`.
    pub fn proxy_url(&self) -> String {
        format!("http://{}", self.address)
    }

    /// Every request read so far, as "host path", in order.
    pub fn requests(&self) -> Vec<String> {
        self.seen()
            .into_iter()
            .map(|s| format!("{} {}", s.host, s.path))
            .collect()
    }

    /// Every request read so far, in full.
    pub fn seen(&self) -> Vec<Seen> {
        lock(&self.state.seen).clone()
    }

    /// The `User-Agent` of every request (an empty string where none was sent).
    pub fn user_agents(&self) -> Vec<String> {
        self.seen()
            .into_iter()
            .map(|s| s.user_agent.unwrap_or_default())
            .collect()
    }

    /// Every `Cookie` header sent to the server (there should be none).
    pub fn cookies(&self) -> Vec<String> {
        self.seen().into_iter().filter_map(|s| s.cookie).collect()
    }

    /// What was written for the first request of `path`, waiting up to five
    /// seconds for its connection to end.
    pub fn sent(&self, path: &str) -> Option<Sent> {
        let deadline = Instant::now() + Duration::from_secs(5);
        loop {
            if let Some(sent) = lock(&self.state.sent).iter().find(|s| s.path == path) {
                return Some(sent.clone());
            }
            if Instant::now() > deadline {
                return None;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    /// Makes the archive answer for `url` with a snapshot taken at
    /// `timestamp` (`YYYYMMDDhhmmss`), or with none. By default every URL has
    /// one at [`SNAPSHOT_TIMESTAMP`], except those containing "unarchived".
    pub fn set_snapshot(&self, url: &str, timestamp: Option<&str>) {
        lock(&self.state.snapshots).insert(url.to_owned(), timestamp.map(str::to_owned));
    }
}

impl Drop for WebServer {
    fn drop(&mut self) {
        self.state.stop.store(true, Ordering::SeqCst);
        // Wakes the accept loop; if that fails the loop is left behind rather
        // than joined, so a test never hangs here.
        let woken = TcpStream::connect_timeout(&self.address, Duration::from_secs(1)).is_ok();
        if let (true, Some(accepter)) = (woken, self.accepter.take()) {
            let _ = accepter.join();
        }
    }
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// The folder of the fixture pages.
pub fn pages_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/pages")
}

/// The text of the fixture `name` (`reuters-like.html`).
pub fn fixture(name: &str) -> String {
    std::fs::read_to_string(pages_dir().join(name))
        .unwrap_or_else(|e| panic!("fixture {name}: {e}"))
}

/// The fixture `name` with its body replaced by ordinary article markup
/// (paragraphs, links, figures, related-story lists) up to `bytes` bytes or a
/// little more: its `<head>` and metadata unchanged.
pub fn padded_page(name: &str, bytes: usize) -> String {
    let page = fixture(name);
    let head_end = page.find("</head>").map_or(0, |i| i + "</head>".len());
    let mut out = String::with_capacity(bytes + 4096);
    out.push_str(&page[..head_end]);
    out.push_str("\n<body class=\"article-page\">\n<main id=\"main-content\">\n");
    let mut n = 0;
    while out.len() < bytes {
        n += 1;
        out.push_str(&format!(
            "<section class=\"article-body__section\" data-block=\"{n}\">\n\
             <p class=\"paragraph\" data-testid=\"paragraph-{n}\">Los ministros de energía \
             de ambos países revisaron el calendario de obras del año próximo, según \
             un comunicado difundido el martes. El texto menciona la ampliación de \
             una refinería y un programa de becas técnicas &mdash; sin cifras.</p>\n\
             <figure class=\"media\"><img src=\"/resizer/v2/{n}.jpg?auth=abc&amp;width=720\" \
             alt=\"Delegaciones reunidas en Caracas\" loading=\"lazy\" width=\"720\" \
             height=\"405\"><figcaption>Foto de archivo &copy; Agencia</figcaption></figure>\n\
             <ul class=\"related\"><li><a href=\"/mundo/{n}-acuerdo/\">Más sobre el acuerdo</a></li>\
             <li><a href=\"/economia/{n}-petroleo/\">El petróleo en la región</a></li></ul>\n\
             <script>window.dataLayer=window.dataLayer||[];dataLayer.push({{\"block\":{n}}});</script>\n\
             </section>\n"
        ));
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

fn big_page() -> &'static [u8] {
    static BIG: OnceLock<Vec<u8>> = OnceLock::new();
    BIG.get_or_init(|| {
        let mut page = padded_page("reuters-like.html", BIG_PAGE_BYTES).into_bytes();
        page.truncate(BIG_PAGE_BYTES);
        page
    })
}

/// One request as read from the stream.
struct Request {
    method: String,
    target: String,
    headers: Vec<(String, String)>,
}

impl Request {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// Reads a request line and its headers; `None` at the end of the stream or
/// on anything that is not HTTP/1.
fn read_request(reader: &mut impl BufRead) -> Option<Request> {
    let mut line = String::new();
    reader.read_line(&mut line).ok()?;
    let mut parts = line.split_whitespace();
    let (method, target) = (parts.next()?.to_owned(), parts.next()?.to_owned());
    parts.next().filter(|v| v.starts_with("HTTP/1"))?;
    let mut headers = Vec::new();
    loop {
        line.clear();
        reader.read_line(&mut line).ok()?;
        let header = line.trim_end();
        if header.is_empty() {
            break;
        }
        if headers.len() > 100 {
            return None;
        }
        let (name, value) = header.split_once(':')?;
        headers.push((name.trim().to_owned(), value.trim().to_owned()));
    }
    Some(Request {
        method,
        target,
        headers,
    })
}

fn serve(stream: TcpStream, state: &State, port: u16) {
    if state.stop.load(Ordering::SeqCst) {
        return;
    }
    let _ = stream.set_read_timeout(Some(Duration::from_secs(10)));
    let Ok(write_half) = stream.try_clone() else {
        return;
    };
    let mut reader = BufReader::new(stream);
    let mut writer = write_half;
    let Some(mut request) = read_request(&mut reader) else {
        return;
    };
    let mut via_proxy = false;
    if request.method.eq_ignore_ascii_case("CONNECT") {
        if writer
            .write_all(b"HTTP/1.1 200 Connection established\r\n\r\n")
            .is_err()
        {
            return;
        }
        via_proxy = true;
        let Some(tunnelled) = read_request(&mut reader) else {
            return;
        };
        request = tunnelled;
    }
    let (host, path) = match request.target.strip_prefix("http://") {
        // Absolute form, as a plain HTTP proxy receives it.
        Some(rest) => {
            via_proxy = true;
            match rest.find('/') {
                Some(slash) => (rest[..slash].to_owned(), rest[slash..].to_owned()),
                None => (rest.to_owned(), "/".to_owned()),
            }
        }
        None => (
            request.header("host").unwrap_or_default().to_owned(),
            request.target.clone(),
        ),
    };
    let host = host
        .strip_suffix(":80")
        .unwrap_or(&host)
        .to_ascii_lowercase();
    lock(&state.seen).push(Seen {
        host,
        path: path.clone(),
        user_agent: request.header("user-agent").map(str::to_owned),
        cookie: request.header("cookie").map(str::to_owned),
        via_proxy,
    });
    let reply = route(&path, state, port);
    let (body_bytes, complete) = match reply {
        Reply::Hang => {
            hang(reader.get_mut(), state);
            (0, false)
        }
        Reply::Answer(answer) => answer.write(&mut writer, request.method == "HEAD"),
    };
    lock(&state.sent).push(Sent {
        path,
        body_bytes,
        complete,
    });
}

/// Holds the connection open without answering until the client leaves or
/// the server stops (at most a minute).
fn hang(stream: &mut TcpStream, state: &State) {
    let _ = stream.set_read_timeout(Some(Duration::from_millis(20)));
    let until = Instant::now() + Duration::from_secs(60);
    let mut scrap = [0u8; 512];
    while !state.stop.load(Ordering::SeqCst) && Instant::now() < until {
        match stream.read(&mut scrap) {
            Ok(0) => return,
            Ok(_) => {}
            Err(e)
                if matches!(
                    e.kind(),
                    std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                ) => {}
            Err(_) => return,
        }
    }
}

enum Reply {
    Answer(Answer),
    Hang,
}

struct Answer {
    status: u16,
    headers: Vec<(&'static str, String)>,
    body: Body,
    /// A pause after each 64 KB of the body, as a real server's pace: a
    /// client that stops reading is seen to stop the server before the
    /// sockets' buffers could hold the rest.
    pace: Option<Duration>,
}

enum Body {
    Owned(Vec<u8>),
    Static(&'static [u8]),
}

impl Answer {
    fn new(status: u16, content_type: &str, body: impl Into<Vec<u8>>) -> Answer {
        Answer {
            status,
            headers: vec![("Content-Type", content_type.to_owned())],
            body: Body::Owned(body.into()),
            pace: None,
        }
    }

    fn html(body: impl Into<Vec<u8>>) -> Answer {
        Answer::new(200, "text/html; charset=utf-8", body)
    }

    fn redirect(status: u16, location: &str) -> Answer {
        let mut answer = Answer::new(
            status,
            "text/html; charset=utf-8",
            format!("<a href=\"{location}\">Moved</a>"),
        );
        answer.headers.push(("Location", location.to_owned()));
        answer
    }

    fn not_found() -> Answer {
        Answer::new(
            404,
            "text/html; charset=utf-8",
            "<!doctype html><title>Página no encontrada</title><h1>404</h1>",
        )
    }

    /// Writes the answer; returns the body bytes written and whether all were.
    fn write(self, out: &mut TcpStream, head_only: bool) -> (usize, bool) {
        let body: &[u8] = match &self.body {
            Body::Owned(bytes) => bytes,
            Body::Static(bytes) => bytes,
        };
        let mut head = format!("HTTP/1.1 {} {}\r\n", self.status, reason(self.status));
        for (name, value) in &self.headers {
            head.push_str(&format!("{name}: {value}\r\n"));
        }
        head.push_str(&format!(
            "Content-Length: {}\r\nSet-Cookie: visitor=7f3a; Path=/; Max-Age=86400\r\n\
             Connection: close\r\n\r\n",
            body.len()
        ));
        if out.write_all(head.as_bytes()).is_err() {
            return (0, false);
        }
        if head_only {
            return (0, true);
        }
        let mut written = 0;
        for chunk in body.chunks(64 * 1024) {
            if out.write_all(chunk).is_err() {
                return (written, false);
            }
            written += chunk.len();
            if let Some(pace) = self.pace {
                std::thread::sleep(pace);
            }
        }
        let _ = out.flush();
        (written, true)
    }
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        301 => "Moved Permanently",
        302 => "Found",
        404 => "Not Found",
        503 => "Service Unavailable",
        _ => "Status",
    }
}

fn route(path_and_query: &str, state: &State, port: u16) -> Reply {
    let (path, query) = path_and_query
        .split_once('?')
        .unwrap_or((path_and_query, ""));
    let param = |key: &str| {
        url::form_urlencoded::parse(query.as_bytes())
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.into_owned())
    };
    let answer = match path {
        "/hang" => return Reply::Hang,
        "/redirect-loop" => Answer::redirect(302, "/redirect-loop-b"),
        "/redirect-loop-b" => Answer::redirect(302, "/redirect-loop"),
        "/moved" => Answer::redirect(301, MOVED_TO),
        "/moved-within" => Answer::redirect(301, "/pages/og-only.html"),
        "/to-state-media" => Answer::redirect(302, STATE_MEDIA_URL),
        "/gone" => Answer::not_found(),
        "/big" => Answer {
            status: 200,
            headers: vec![("Content-Type", "text/html; charset=utf-8".to_owned())],
            body: Body::Static(big_page()),
            pace: Some(Duration::from_millis(2)),
        },
        "/report.pdf" => Answer::new(200, "application/pdf", b"%PDF-1.7\n%\xe2\xe3\n".to_vec()),
        "/wayback/available" => availability(&param("url").unwrap_or_default(), state, port),
        STATE_MEDIA_PATH => page("rt-like.html"),
        _ => {
            if let Some(rest) = path.strip_prefix("/chain/") {
                match rest.parse::<u32>() {
                    Ok(0) => page("og-only.html"),
                    Ok(n) => Answer::redirect(302, &format!("/chain/{}", n - 1)),
                    Err(_) => Answer::not_found(),
                }
            } else if let Some(name) = path.strip_prefix("/pages/") {
                page(name)
            } else if let Some(name) = path.strip_prefix("/opiniao/") {
                // A fixture at an address that marks opinion.
                page(name)
            } else if path == "/slow" || path.starts_with("/slow/") {
                let ms = param("ms").and_then(|m| m.parse().ok()).unwrap_or(100);
                pause(Duration::from_millis(ms), state);
                match path.strip_prefix("/slow/") {
                    Some(name) => page(name),
                    None => page("og-only.html"),
                }
            } else if let Some(url) = path.strip_prefix("/save/") {
                Answer::redirect(302, &format!("/web/{SAVED_TIMESTAMP}/{url}"))
            } else if let Some(url) = path.strip_prefix("/save-content-location/") {
                let mut answer = Answer::html("<!doctype html><title>Saved</title>");
                answer
                    .headers
                    .push(("Content-Location", format!("/web/{SAVED_TIMESTAMP}/{url}")));
                answer
            } else if path.starts_with("/save-broken/") {
                Answer::new(
                    503,
                    "text/html; charset=utf-8",
                    "<!doctype html><title>Service Unavailable</title>",
                )
            } else if path.starts_with("/web/") {
                Answer::html(
                    "<!doctype html><html><head><title>Wayback Machine</title></head>\
                     <body>An archived copy.</body></html>",
                )
            } else {
                Answer::not_found()
            }
        }
    };
    Reply::Answer(answer)
}

/// Sleeps `length`, or less if the server stops.
fn pause(length: Duration, state: &State) {
    let until = Instant::now() + length;
    while !state.stop.load(Ordering::SeqCst) {
        let left = until.saturating_duration_since(Instant::now());
        if left.is_zero() {
            break;
        }
        std::thread::sleep(left.min(Duration::from_millis(20)));
    }
}

/// A fixture page; `legacy-*` pages go out in Windows-1252, labelled so.
fn page(name: &str) -> Answer {
    if name.contains(['/', '\\']) || name.starts_with('.') {
        return Answer::not_found();
    }
    let Ok(text) = std::fs::read_to_string(pages_dir().join(name)) else {
        return Answer::not_found();
    };
    if name.starts_with("legacy-") {
        let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(&text);
        return Answer::new(200, "text/html; charset=windows-1252", bytes.into_owned());
    }
    Answer::html(text)
}

/// The Wayback Machine's availability answer for `url` (the closest
/// snapshot regardless of the `timestamp` asked for: there is one at most).
fn availability(url: &str, state: &State, port: u16) -> Answer {
    let set = lock(&state.snapshots).get(url).cloned();
    let taken = match set {
        Some(taken) => taken,
        None if url.contains("unarchived") => None,
        None => Some(SNAPSHOT_TIMESTAMP.to_owned()),
    };
    let snapshots = match taken {
        Some(timestamp) => serde_json::json!({
            "closest": {
                "status": "200",
                "available": true,
                "url": format!("http://127.0.0.1:{port}/web/{timestamp}/{url}"),
                "timestamp": timestamp,
            }
        }),
        None => serde_json::json!({}),
    };
    let body = serde_json::json!({ "url": url, "archived_snapshots": snapshots });
    Answer::new(200, "application/json", body.to_string())
}
