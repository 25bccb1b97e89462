//! The built web app as the server hands it out: hashed assets kept by browsers for a year,
//! page addresses answered with `index.html` and checked again on each visit, both compressed
//! when the browser accepts it (as the build compressed them, when it did); and the headers
//! that limit what a browser lets a page do.

use std::io::{Read, Write};

use tempfile::TempDir;
use verkosto_testkit::TestApp;

const ASSET: &str = "/assets/app-3f2a9c.js";

/// A build as `npm run build` lays it out: `index.html` and hashed files under `assets/`.
fn build() -> (TempDir, String) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("assets")).unwrap();
    std::fs::write(
        dir.path().join("index.html"),
        format!("<!doctype html><title>Verkosto</title><script type=\"module\" src=\"{ASSET}\"></script><div id=\"root\"></div>"),
    )
    .unwrap();
    let script: String = (0..2000)
        .map(|i| {
            format!(
                "export const step{i} = {{ title: 'Vaihe {i}', organisation: 'Oulun vankila' }};\n"
            )
        })
        .collect();
    std::fs::write(dir.path().join(ASSET.trim_start_matches('/')), &script).unwrap();
    (dir, script)
}

async fn serve(dir: &TempDir) -> TestApp {
    TestApp::spawn_with(&[("VERKOSTO_WEB_DIR", dir.path().to_str().unwrap())]).await
}

async fn get(app: &TestApp, path: &str, accept_encoding: &str) -> reqwest::Response {
    app.http
        .get(app.url(path))
        .header("Accept-Encoding", accept_encoding)
        .send()
        .await
        .unwrap()
}

fn header<'a>(response: &'a reqwest::Response, name: &str) -> Option<&'a str> {
    response
        .headers()
        .get(name)
        .map(|value| value.to_str().unwrap())
}

#[tokio::test]
async fn a_hashed_asset_comes_compressed_and_is_kept_for_a_year() {
    let (dir, script) = build();
    let app = serve(&dir).await;

    let brotli = get(&app, ASSET, "gzip, deflate, br").await;
    assert_eq!(brotli.status(), 200);
    assert_eq!(header(&brotli, "content-encoding"), Some("br"));
    assert_eq!(
        header(&brotli, "cache-control"),
        Some("public, max-age=31536000, immutable")
    );
    assert_eq!(header(&brotli, "vary"), Some("accept-encoding"));
    let body = brotli.bytes().await.unwrap();
    assert!(
        body.len() * 5 < script.len(),
        "{} bytes compressed from {}",
        body.len(),
        script.len()
    );
    let mut unpacked = String::new();
    brotli::Decompressor::new(&body[..], 4096)
        .read_to_string(&mut unpacked)
        .unwrap();
    assert_eq!(unpacked, script);

    let gzip = get(&app, ASSET, "gzip").await;
    assert_eq!(header(&gzip, "content-encoding"), Some("gzip"));
    let mut unpacked = String::new();
    flate2::read::GzDecoder::new(&gzip.bytes().await.unwrap()[..])
        .read_to_string(&mut unpacked)
        .unwrap();
    assert_eq!(unpacked, script);

    let plain = get(&app, ASSET, "identity").await;
    assert_eq!(header(&plain, "content-encoding"), None);
    assert_eq!(plain.text().await.unwrap(), script);
}

/// Writes `name` in `dir` compressed as `npm run build` does: brotli at its highest quality and
/// gzip at its highest level, beside the file. Returns both as written.
fn compress_beside(dir: &TempDir, name: &str) -> (Vec<u8>, Vec<u8>) {
    let path = dir.path().join(name.trim_start_matches('/'));
    let plain = std::fs::read(&path).unwrap();
    let mut brotli = Vec::new();
    {
        let mut writer = brotli::CompressorWriter::new(&mut brotli, 4096, 11, 22);
        writer.write_all(&plain).unwrap();
    }
    let mut gzip = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gzip.write_all(&plain).unwrap();
    let gzip = gzip.finish().unwrap();
    let with_suffix = |suffix: &str, bytes: &[u8]| {
        let mut name = path.clone().into_os_string();
        name.push(suffix);
        std::fs::write(name, bytes).unwrap();
    };
    with_suffix(".br", &brotli);
    with_suffix(".gz", &gzip);
    (brotli, gzip)
}

#[tokio::test]
async fn files_the_build_compressed_are_sent_as_they_are() {
    let (dir, _) = build();
    let (asset_br, asset_gz) = compress_beside(&dir, ASSET);
    let (index_br, _) = compress_beside(&dir, "/index.html");
    let app = serve(&dir).await;

    let brotli = get(&app, ASSET, "gzip, deflate, br").await;
    assert_eq!(header(&brotli, "content-encoding"), Some("br"));
    assert_eq!(header(&brotli, "vary"), Some("accept-encoding"));
    assert_eq!(
        header(&brotli, "cache-control"),
        Some("public, max-age=31536000, immutable")
    );
    assert_sent_as_built(brotli, &asset_br).await;

    let gzip = get(&app, ASSET, "gzip").await;
    assert_eq!(header(&gzip, "content-encoding"), Some("gzip"));
    assert_sent_as_built(gzip, &asset_gz).await;

    let page = get(&app, "/regions/3f0c/network", "br").await;
    assert_eq!(header(&page, "content-encoding"), Some("br"));
    assert_eq!(header(&page, "cache-control"), Some("no-cache"));
    assert_sent_as_built(page, &index_br).await;
}

/// Asserts that `response` carries exactly the bytes of the build's compressed file.
async fn assert_sent_as_built(response: reqwest::Response, built: &[u8]) {
    let sent = response.bytes().await.unwrap();
    assert!(
        sent == built,
        "compressed again on the way: {} bytes sent, the build's file has {}",
        sent.len(),
        built.len()
    );
}

#[tokio::test]
async fn every_page_address_gets_the_app_checked_again_on_each_visit() {
    let (dir, _) = build();
    let app = serve(&dir).await;
    let index = std::fs::read_to_string(dir.path().join("index.html")).unwrap();
    for path in ["/", "/regions/3f0c/network", "/unsubscribe/some-token"] {
        let page = get(&app, path, "identity").await;
        assert_eq!(page.status(), 200, "{path}");
        assert_eq!(header(&page, "cache-control"), Some("no-cache"), "{path}");
        assert_eq!(page.text().await.unwrap(), index, "{path}");
    }
}

#[tokio::test]
async fn a_missing_asset_is_not_found_and_not_kept() {
    let (dir, _) = build();
    let app = serve(&dir).await;
    // Not the app's page either: a script tag given HTML fails with a confusing MIME error.
    let missing = get(&app, "/assets/app-000000.js", "br").await;
    assert_eq!(missing.status(), 404);
    assert_eq!(header(&missing, "cache-control"), None);
}

#[tokio::test]
async fn the_api_answers_beside_the_web_app() {
    let (dir, _) = build();
    let app = serve(&dir).await;
    let answer = app
        .gql(
            None,
            "{ regions(first: 1) { edges { node { id } } } }",
            serde_json::json!({}),
        )
        .await;
    assert_eq!(answer.data()["regions"]["edges"], serde_json::json!([]));
    let health = get(&app, "/healthz", "identity").await;
    assert_eq!(health.status(), 200);
}

/// A content security policy's directives by name.
fn policy(response: &reqwest::Response) -> std::collections::HashMap<String, String> {
    let value = header(response, "content-security-policy").expect("a content security policy");
    value
        .split(';')
        .filter_map(|directive| {
            let (name, sources) = directive.trim().split_once(' ')?;
            Some((name.to_owned(), sources.to_owned()))
        })
        .collect()
}

#[tokio::test]
async fn the_web_app_may_run_and_contact_nothing_but_this_server() {
    let (dir, _) = build();
    let app = serve(&dir).await;
    for path in ["/", "/pathways/3f0c", ASSET, "/assets/app-000000.js"] {
        let response = get(&app, path, "br").await;
        let policy = policy(&response);
        for directive in ["default-src", "script-src", "style-src", "connect-src"] {
            assert_eq!(policy[directive], "'self'", "{directive} of {path}");
        }
        // The stylesheet's small icons are `data:` images; nothing from another server.
        assert_eq!(policy["img-src"], "'self' data:", "{path}");
        assert_eq!(policy["object-src"], "'none'", "{path}");
        assert_eq!(policy["base-uri"], "'none'", "{path}");
        assert_eq!(policy["frame-ancestors"], "'none'", "{path}");
        assert_eq!(
            header(&response, "cross-origin-opener-policy"),
            Some("same-origin"),
            "{path}"
        );
        assert_eq!(header(&response, "referrer-policy"), Some("no-referrer"));
        assert_eq!(header(&response, "x-content-type-options"), Some("nosniff"));
        assert_eq!(header(&response, "strict-transport-security"), None);
    }
}

#[tokio::test]
async fn no_response_may_be_framed_or_send_its_address_on() {
    let (dir, _) = build();
    let app = serve(&dir).await;
    let graphql = app
        .http
        .post(app.url("/graphql"))
        .json(&serde_json::json!({ "query": "{ __typename }" }))
        .send()
        .await
        .unwrap();
    let graphiql = get(&app, "/graphiql", "identity").await;
    let health = get(&app, "/healthz", "identity").await;
    for (name, response) in [
        ("graphql", graphql),
        ("graphiql", graphiql),
        ("healthz", health),
    ] {
        assert_eq!(response.status(), 200, "{name}");
        // GraphiQL loads its scripts from a CDN: the API's answers keep only the framing rule.
        assert_eq!(
            header(&response, "content-security-policy"),
            Some("frame-ancestors 'none'"),
            "{name}"
        );
        assert_eq!(
            header(&response, "referrer-policy"),
            Some("no-referrer"),
            "{name}"
        );
        assert_eq!(
            header(&response, "x-content-type-options"),
            Some("nosniff"),
            "{name}"
        );
    }
}

#[tokio::test]
async fn a_server_with_an_https_address_keeps_browsers_on_https() {
    let (dir, _) = build();
    let app = TestApp::spawn_with(&[
        ("VERKOSTO_WEB_DIR", dir.path().to_str().unwrap()),
        ("VERKOSTO_PUBLIC_URL", "https://verkosto.example.org"),
    ])
    .await;
    for path in ["/", "/healthz"] {
        let response = get(&app, path, "identity").await;
        assert_eq!(
            header(&response, "strict-transport-security"),
            Some("max-age=31536000"),
            "{path}"
        );
    }
}
