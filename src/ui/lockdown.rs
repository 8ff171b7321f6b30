//! After start, the page must be unable to make any request.
//!
//! `index.html` carries a policy that lets the page's glue fetch the `.wasm` (`connect-src 'self'`).
//! Once the wasm runs, that allowance is no longer needed, so we add a second
//! `<meta http-equiv="Content-Security-Policy">`. Browsers enforce every policy they are given, so
//! the effective policy becomes the intersection: from here on `fetch`, XHR, WebSocket, beacons,
//! scripts, fonts, frames and non-`data:` images are all refused. Why this rather than embedding
//! the wasm in JavaScript is written in ARCHITECTURE.md.

use wasm_bindgen::{JsCast, JsValue};

/// The policy added after start. Stylesheets and scripts already loaded keep working; nothing new
/// may be loaded except `data:` images (QR codes and charts drawn in the page).
pub const LOCKED_POLICY: &str = "default-src 'none'; img-src data:";

/// Appends the locked policy to `<head>`.
pub fn forbid_requests() -> Result<(), JsValue> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsValue::from_str("Candor: no document to lock down"))?;
    let head = document
        .head()
        .ok_or_else(|| JsValue::from_str("Candor: no <head> to lock down"))?;
    let meta: web_sys::HtmlMetaElement = document.create_element("meta")?.unchecked_into();
    meta.set_http_equiv("Content-Security-Policy");
    meta.set_content(LOCKED_POLICY);
    head.append_child(&meta)?;
    Ok(())
}
