//! Source capture: what the web says about a cited page, fetched only on the
//! user's word. The pure half reads a page's metadata ([`read_page`]) and
//! turns it into a fill for the source ([`page_fill`]); the network half
//! ([`Fetcher`]) requests pages, asks the Internet Archive for copies
//! ([`archive`]) and checks links ([`check_link`]), a few at a time
//! ([`for_each_bounded`]).

pub mod archive;
mod dates;
mod fill;
mod http;
mod jsonld;
mod links;
mod page;
mod pool;

pub use dates::page_date;
pub use fill::page_fill;
pub use http::{Failed, FetchConfig, FetchError, Fetched, Fetcher, USER_AGENT};
pub use links::{Details, check_link, fetch_details, same_site};
pub use page::{Found, Origin, PageMetadata, read_page};
pub use pool::{CONCURRENT_REQUESTS, for_each_bounded};
