//! The phone page's routes: the page, its state as JSON and its events, all behind the read
//! token and all read-only.

use std::convert::Infallible;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use axum::Router;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::any;
use futures_util::Stream;
use tokio::sync::{OwnedSemaphorePermit, Semaphore, watch};
use tokio::time::Instant;

use super::MAX_PHONES;
use super::token::same;
use crate::export::phone::phone_page;
use crate::lang::Language;

/// The least time between two updates to one phone: at most 2 a second.
pub(crate) const UPDATE_GAP: Duration = Duration::from_millis(500);

/// How long a phone that lost the stream waits before it reconnects.
const RETRY: Duration = Duration::from_secs(1);

/// Nothing outside the page itself: its own inline style and script, requests to its own
/// origin only, no frames, no forms.
const POLICY: &str = "default-src 'none'; style-src 'unsafe-inline'; script-src \
     'unsafe-inline'; connect-src 'self'; img-src data:; base-uri 'none'; form-action 'none'; \
     frame-ancestors 'none'";

/// What the server has answered, counted, so tests (and a curious host) can tell the page
/// fetched nothing but its own routes.
#[derive(Debug, Default)]
pub struct Seen {
    page: AtomicU64,
    state: AtomicU64,
    events: AtomicU64,
    refused: AtomicU64,
}

impl Seen {
    /// How many times the page was sent.
    pub fn pages(&self) -> u64 {
        self.page.load(Ordering::Relaxed)
    }

    /// How many times the state was sent as JSON.
    pub fn states(&self) -> u64 {
        self.state.load(Ordering::Relaxed)
    }

    /// How many event streams were opened.
    pub fn streams(&self) -> u64 {
        self.events.load(Ordering::Relaxed)
    }

    /// How many requests were refused: a wrong token or path, a method other than GET, a
    /// phone over the limit.
    pub fn refused(&self) -> u64 {
        self.refused.load(Ordering::Relaxed)
    }
}

#[derive(Clone)]
struct Shared {
    token: Arc<str>,
    state: watch::Receiver<Arc<str>>,
    phones: Arc<Semaphore>,
    seen: Arc<Seen>,
}

/// The routes, answering for `token` only.
pub(super) fn router(token: String, state: watch::Receiver<Arc<str>>, seen: Arc<Seen>) -> Router {
    let shared = Shared {
        token: Arc::from(token),
        state,
        phones: Arc::new(Semaphore::new(MAX_PHONES)),
        seen,
    };
    Router::new()
        .route("/{token}", any(page))
        .route("/{token}/{part}", any(part))
        .fallback(not_found)
        .with_state(shared)
}

async fn page(State(s): State<Shared>, method: Method, Path(token): Path<String>) -> Response {
    if let Some(refused) = refuse(&s, &method, &token) {
        return refused;
    }
    s.seen.page.fetch_add(1, Ordering::Relaxed);
    let language = language_of(&s.state.borrow());
    with_headers(phone_page(language), "text/html; charset=utf-8")
}

/// The language the state is in (its `lang`), so that the page is served in the meeting's
/// language; English for a state that names none, as before the meeting's first state.
fn language_of(state: &str) -> Language {
    #[derive(serde::Deserialize)]
    struct Said {
        lang: Option<String>,
    }
    serde_json::from_str::<Said>(state)
        .ok()
        .and_then(|said| said.lang)
        .and_then(|code| Language::from_code(&code))
        .unwrap_or_default()
}

async fn part(
    State(s): State<Shared>,
    method: Method,
    Path((token, part)): Path<(String, String)>,
) -> Response {
    if let Some(refused) = refuse(&s, &method, &token) {
        return refused;
    }
    match part.as_str() {
        "state" => {
            s.seen.state.fetch_add(1, Ordering::Relaxed);
            let json = s.state.borrow().to_string();
            with_headers(json, "application/json")
        }
        "events" => events(&s),
        _ => not_found_counted(&s),
    }
}

/// The answer to a wrong token (404, as if nothing were there) or a method that is not GET
/// (405); None when the request may go on.
fn refuse(s: &Shared, method: &Method, token: &str) -> Option<Response> {
    if !same(token, &s.token) {
        return Some(not_found_counted(s));
    }
    if method != Method::GET && method != Method::HEAD {
        s.seen.refused.fetch_add(1, Ordering::Relaxed);
        return Some(
            (
                StatusCode::METHOD_NOT_ALLOWED,
                [(header::ALLOW, "GET, HEAD")],
                "the phone page is read-only\n",
            )
                .into_response(),
        );
    }
    None
}

async fn not_found(State(s): State<Shared>) -> Response {
    not_found_counted(&s)
}

fn not_found_counted(s: &Shared) -> Response {
    s.seen.refused.fetch_add(1, Ordering::Relaxed);
    (StatusCode::NOT_FOUND, "not found\n").into_response()
}

/// A body with its type, never cached (the token is in the URL, and the state goes stale),
/// never sending the URL on, and held to [`POLICY`].
fn with_headers(body: impl IntoResponse, kind: &'static str) -> Response {
    let mut response = body.into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(kind));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(POLICY),
    );
    response
}

/// The event stream of one phone, or 503 when [`MAX_PHONES`] already follow.
fn events(s: &Shared) -> Response {
    let Ok(permit) = Arc::clone(&s.phones).try_acquire_owned() else {
        s.seen.refused.fetch_add(1, Ordering::Relaxed);
        return (
            StatusCode::SERVICE_UNAVAILABLE,
            [(header::RETRY_AFTER, "5")],
            "too many phones follow the page; try again shortly\n",
        )
            .into_response();
    };
    s.seen.events.fetch_add(1, Ordering::Relaxed);
    let mut response = Sse::new(updates(s.state.clone(), permit))
        .keep_alive(KeepAlive::default())
        .into_response();
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// A phone's updates: the state as it is now, then the latest state whenever it changed, at
/// most one every [`UPDATE_GAP`]. It holds no queue: a phone that reads slowly, or not at
/// all, gets the newest state when it next can, and costs one shared pointer meanwhile.
fn updates(
    state: watch::Receiver<Arc<str>>,
    permit: OwnedSemaphorePermit,
) -> impl Stream<Item = Result<Event, Infallible>> {
    futures_util::stream::unfold(
        (state, None::<Instant>, permit),
        |(mut state, last, permit)| async move {
            let event = match last {
                None => Event::default().retry(RETRY),
                Some(last) => {
                    state.changed().await.ok()?;
                    // Whatever arrives meanwhile is folded into the one sent after the gap.
                    tokio::time::sleep_until(last + UPDATE_GAP).await;
                    Event::default()
                }
            };
            let json = Arc::clone(&state.borrow_and_update());
            let event = event.event("state").data(&*json);
            Some((Ok(event), (state, Some(Instant::now()), permit)))
        },
    )
}
