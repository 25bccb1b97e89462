//! The conformance suite every `SearchIndex` adapter must pass (feature `conformance`).
//!
//! Each check clears the index, loads a small fixture of documents in fi/sv/nb/en across two
//! regions, and asserts what any engine must do: stemming, typos, prefixes, folding, compound
//! parts, the vocabulary across languages, filters, facets, deletion, versions, and the
//! permission rules — a planted canary document must change nothing for those who may not read
//! it. Run them all with [`run_all`], or one by one (each is a `pub async fn`).

use std::{collections::BTreeSet, future::Future, pin::Pin};

use uuid::Uuid;
use verkosto_domain::{Language, OrganisationKind, PathwayStatus, TargetGroup};

use crate::{
    Access, AccessScope, DocType, Facets, SearchDocument, SearchFilter, SearchIndex, SearchRequest,
    SearchResponse,
};

/// Region A, where the viewers of the checks belong.
pub const REGION_A: Uuid = Uuid::from_u128(0xA0A0_0000_0000_0000_0000_0000_0000_000A);
/// Region B, where the canary lives.
pub const REGION_B: Uuid = Uuid::from_u128(0xB0B0_0000_0000_0000_0000_0000_0000_000B);
/// The author of the draft.
pub const AUTHOR: Uuid = Uuid::from_u128(0x0100);
/// A signed-in person with no role anywhere.
pub const OUTSIDER: Uuid = Uuid::from_u128(0x0101);

const P1: u128 = 0x1001;
const P2: u128 = 0x1002;
const P3: u128 = 0x1003;
const O1: u128 = 0x1004;
const S1: u128 = 0x1005;
const N1: u128 = 0x1006;
const E1: u128 = 0x1007;
const X: u128 = 0x1008;
const CANARY: u128 = 0x1666;

/// The canary's unique word.
const CANARY_WORD: &str = "kanarialintu";

fn id(n: u128) -> Uuid {
    Uuid::from_u128(n)
}

fn public() -> Access {
    Access {
        public: true,
        any_member: true,
        ..Access::default()
    }
}

#[expect(
    clippy::too_many_arguments,
    reason = "a fixture row reads best as one call"
)]
fn doc(
    n: u128,
    doc_type: DocType,
    language: Language,
    title: &str,
    body: &str,
    regions: &[Uuid],
    kinds: &[OrganisationKind],
    targets: &[TargetGroup],
    status: Option<PathwayStatus>,
    access: Access,
) -> SearchDocument {
    SearchDocument {
        id: format!("{}:{}", doc_type.as_str(), id(n)),
        entity_id: id(n),
        doc_type,
        version: if doc_type == DocType::Pathway { 1 } else { 0 },
        language,
        title: title.to_owned(),
        body: body.to_owned(),
        regions: regions.to_vec(),
        organisation_kinds: kinds.to_vec(),
        target_groups: targets.to_vec(),
        status,
        access,
    }
}

/// The fixture: eight entities, nine documents (one pathway has a published version and a draft).
pub fn fixture() -> Vec<SearchDocument> {
    use DocType::*;
    use Language::*;
    use OrganisationKind as K;
    use TargetGroup as T;
    let a = [REGION_A];
    let mut draft = doc(
        X,
        Pathway,
        Finnish,
        "Luonnos: nuorten päihdetyön hoitopolku",
        "Luonnos uudesta hoitopolusta nuorille, joilla on päihde- ja mielenterveysongelmia.",
        &a,
        &[K::SocialServices],
        &[T::ChildrenAndYoungPeople],
        Some(PathwayStatus::Published),
        Access {
            coordinator_of: vec![REGION_A],
            person: Some(AUTHOR),
            ..Access::default()
        },
    );
    draft.id = format!("pathway:{}:draft", id(X));
    draft.version = 2;
    vec![
        doc(
            P1,
            Pathway,
            Finnish,
            "Hoitopolku lähisuhdeväkivallan tekijöille",
            "Hoitopolku kuvaa, miten lähisuhdeväkivaltaa tehnyt asiakas ohjataan yhdyskuntaseuraamustoimistosta \
             väkivaltatyöhön. Käytä lomaketta <Riskinarvio & turvasuunnitelma>. Turvasuunnitelma laaditaan \
             yhdessä asiakkaan kanssa.",
            &a,
            &[K::CommunitySanctions, K::SocialServices],
            &[T::PeopleWhoHaveOffended],
            Some(PathwayStatus::Published),
            public(),
        ),
        doc(
            P2,
            Pathway,
            Finnish,
            "Vankilasta vapautuminen ja päihdekuntoutus",
            "Vapautumisen valmistelu alkaa vankilassa puoli vuotta ennen vapautumista. Vankila ja \
             päihdepalvelut sopivat jatkohoidosta; päihde- ja mielenterveystyö jatkuu vertaistuen avulla.",
            &a,
            &[K::Prison],
            &[T::PeopleWhoHaveOffended],
            Some(PathwayStatus::Published),
            Access {
                any_member: true,
                member_of: vec![REGION_A],
                coordinator_of: vec![REGION_A],
                ..Access::default()
            },
        ),
        doc(
            P3,
            Service,
            Finnish,
            "Auttava puhelin seksuaalisesta kiinnostuksesta lapsiin huolestuneille",
            "Nimetön auttava puhelin ja chat niille, jotka ovat huolissaan omasta seksuaalisesta \
             kiinnostuksestaan lapsiin.",
            &[],
            &[K::Ngo],
            &[T::PeopleAtRiskOfOffending],
            None,
            public(),
        ),
        doc(
            O1,
            Organisation,
            Finnish,
            "Yhdyskuntaseuraamustoimisto",
            "Rikosseuraamuslaitoksen toimisto, joka panee täytäntöön yhdyskuntaseuraamukset.",
            &a,
            &[K::CommunitySanctions],
            &[],
            None,
            public(),
        ),
        doc(
            S1,
            Service,
            Swedish,
            "Stödtelefon för anhöriga",
            "Anhöriga till personer som utövat våld i nära relationer kan ringa stödtelefonen anonymt.",
            &a,
            &[K::Ngo],
            &[T::FamiliesAndRelatives],
            None,
            public(),
        ),
        doc(
            N1,
            Pathway,
            NorwegianBokmal,
            "Pasientforløp ved seksuelle overgrep",
            "Pasientforløpet beskriver henvisning fra legevakt til overgrepsmottak og videre oppfølging.",
            &[REGION_B],
            &[K::HealthServices],
            &[T::Victims],
            Some(PathwayStatus::Published),
            public(),
        ),
        doc(
            E1,
            Service,
            English,
            "Peer support group for young people",
            "A weekly peer support group for young people worried about their own behaviour.",
            &a,
            &[K::Ngo],
            &[T::ChildrenAndYoungPeople],
            None,
            public(),
        ),
        doc(
            X,
            Pathway,
            Finnish,
            "Nuorten päihdetyön hoitopolku",
            "Hoitopolku nuorille, joilla on päihdeongelmia.",
            &a,
            &[K::SocialServices],
            &[T::ChildrenAndYoungPeople],
            Some(PathwayStatus::Published),
            public(),
        ),
        draft,
    ]
}

/// A document of region B only its members and coordinators may read, matching every query of
/// the checks and carrying values no other document has.
pub fn canary() -> SearchDocument {
    doc(
        CANARY,
        DocType::Pathway,
        Language::Finnish,
        "Kanarialintu: hoitopolku lähisuhdeväkivalta vankilasta vapautuville",
        "Kanarialintu hoitopolku lähisuhdeväkivalta väkivalta vankila vapautuminen päihde seuraamus \
         yhdyskuntaseuraamustoimisto behandlingsforløp vertaistuki luonnos turvasuunnitelma chat \
         walmistelu",
        &[REGION_B],
        &[OrganisationKind::Police, OrganisationKind::Shelter],
        &[TargetGroup::Victims, TargetGroup::Professionals],
        Some(PathwayStatus::InReview),
        Access {
            member_of: vec![REGION_B],
            coordinator_of: vec![REGION_B],
            ..Access::default()
        },
    )
}

/// Scopes of the checks.
pub fn scopes() -> Vec<(&'static str, AccessScope)> {
    vec![
        ("anonymous", AccessScope::default()),
        (
            "member of A",
            AccessScope {
                person: Some(Uuid::from_u128(0x0200)),
                member_of: vec![REGION_A],
                ..AccessScope::default()
            },
        ),
        (
            "coordinator of A",
            AccessScope {
                person: Some(Uuid::from_u128(0x0201)),
                member_of: vec![REGION_A],
                coordinator_of: vec![REGION_A],
                ..AccessScope::default()
            },
        ),
        (
            "signed in, no region",
            AccessScope {
                person: Some(OUTSIDER),
                ..AccessScope::default()
            },
        ),
        (
            "author, member of A",
            AccessScope {
                person: Some(AUTHOR),
                member_of: vec![REGION_A],
                ..AccessScope::default()
            },
        ),
    ]
}

fn admin() -> AccessScope {
    AccessScope {
        admin: true,
        ..AccessScope::default()
    }
}

fn member_of_b() -> AccessScope {
    AccessScope {
        person: Some(Uuid::from_u128(0x0300)),
        member_of: vec![REGION_B],
        ..AccessScope::default()
    }
}

fn request(text: &str, scope: AccessScope) -> SearchRequest {
    SearchRequest {
        text: text.to_owned(),
        language: None,
        filter: SearchFilter::default(),
        scope,
        offset: 0,
        limit: 20,
        facets: true,
    }
}

async fn search(index: &dyn SearchIndex, request: SearchRequest) -> SearchResponse {
    index
        .search(&request)
        .await
        .unwrap_or_else(|err| panic!("{}: search {:?} failed: {err}", index.name(), request.text))
}

async fn find(index: &dyn SearchIndex, text: &str) -> SearchResponse {
    search(index, request(text, admin())).await
}

fn ids(response: &SearchResponse) -> Vec<String> {
    response.hits.iter().map(|h| h.id.clone()).collect()
}

fn doc_id(doc_type: DocType, n: u128) -> String {
    format!("{}:{}", doc_type.as_str(), id(n))
}

/// Clears the index and loads `documents`.
pub async fn load(index: &dyn SearchIndex, documents: Vec<SearchDocument>) {
    let name = index.name();
    index
        .clear()
        .await
        .unwrap_or_else(|err| panic!("{name}: clear failed: {err}"));
    index
        .commit()
        .await
        .unwrap_or_else(|err| panic!("{name}: commit failed: {err}"));
    index
        .upsert(documents)
        .await
        .unwrap_or_else(|err| panic!("{name}: upsert failed: {err}"));
    index
        .commit()
        .await
        .unwrap_or_else(|err| panic!("{name}: commit failed: {err}"));
}

/// Clears the index and loads `documents` one commit each (in as many parts as the engine makes
/// of separate commits).
pub async fn load_one_by_one(index: &dyn SearchIndex, documents: Vec<SearchDocument>) {
    load(index, Vec::new()).await;
    for document in documents {
        index.upsert(vec![document]).await.expect("upsert");
        index.commit().await.expect("commit");
    }
}

async fn assert_finds(index: &dyn SearchIndex, text: &str, expected: &str) {
    let response = find(index, text).await;
    assert!(
        ids(&response).iter().any(|i| i == expected),
        "{}: {text:?} should find {expected}; got {:?}",
        index.name(),
        response.hits.iter().map(|h| &h.title).collect::<Vec<_>>()
    );
}

async fn assert_first(index: &dyn SearchIndex, text: &str, expected: &str) {
    let response = find(index, text).await;
    assert_eq!(
        ids(&response).first().map(String::as_str),
        Some(expected),
        "{}: {text:?} should rank {expected} first; got {:?}",
        index.name(),
        response.hits.iter().map(|h| &h.title).collect::<Vec<_>>()
    );
}

/// Facets and total of a browse, computed from the fixture with the scope's rules.
fn expected_browse(documents: &[SearchDocument], scope: &AccessScope) -> (u64, Facets) {
    let mut facets = Facets::default();
    let mut total = 0;
    for doc in documents.iter().filter(|d| scope.admits(&d.access)) {
        total += 1;
        for r in &doc.regions {
            *facets.regions.entry(*r).or_default() += 1;
        }
        for k in &doc.organisation_kinds {
            *facets.organisation_kinds.entry(*k).or_default() += 1;
        }
        for t in &doc.target_groups {
            *facets.target_groups.entry(*t).or_default() += 1;
        }
        *facets.languages.entry(doc.language).or_default() += 1;
        *facets.doc_types.entry(doc.doc_type).or_default() += 1;
        if let Some(s) = doc.status {
            *facets.statuses.entry(s).or_default() += 1;
        }
    }
    (total, facets)
}

/// A document is searchable after upsert and commit, and gone after it is replaced.
pub async fn finds_after_upsert_and_commit(index: &dyn SearchIndex) {
    load(index, fixture()).await;
    assert_first(
        index,
        "Yhdyskuntaseuraamustoimisto",
        &doc_id(DocType::Organisation, O1),
    )
    .await;
    let mut renamed = fixture()
        .into_iter()
        .find(|d| d.entity_id == id(O1))
        .expect("O1");
    renamed.title = "Kriminalvårdens frivårdskontor".to_owned();
    renamed.body = "Frivården verkställer samhällspåföljder.".to_owned();
    renamed.language = Language::Swedish;
    index.upsert(vec![renamed]).await.expect("upsert");
    index.commit().await.expect("commit");
    assert_finds(index, "frivårdskontor", &doc_id(DocType::Organisation, O1)).await;
    let versions = index.document_versions().await.expect("versions");
    assert_eq!(
        versions.len(),
        fixture().len(),
        "{}: an upsert by id replaces, it does not add",
        index.name()
    );
}

/// Inflected Finnish forms find the base form and back.
pub async fn finds_inflected_forms(index: &dyn SearchIndex) {
    load(index, fixture()).await;
    let p1 = doc_id(DocType::Pathway, P1);
    for text in [
        "hoitopolkujen",
        "hoitopolun",
        "hoitopolusta",
        "lähisuhdeväkivallasta",
        "tekijä",
    ] {
        assert_finds(index, text, &p1).await;
    }
    assert_first(index, "vankilasta vapautuva", &doc_id(DocType::Pathway, P2)).await;
    assert_first(index, "vapautuvan vangin", &doc_id(DocType::Pathway, P2)).await;
    assert_finds(index, "anhörig", &doc_id(DocType::Service, S1)).await;
    assert_finds(index, "pasientforløpene", &doc_id(DocType::Pathway, N1)).await;
    assert_finds(index, "groups", &doc_id(DocType::Service, E1)).await;
}

/// One typo is forgiven from five letters, two from nine.
pub async fn tolerates_typos(index: &dyn SearchIndex) {
    load(index, fixture()).await;
    assert_finds(index, "vanklia ", &doc_id(DocType::Pathway, P2)).await;
    assert_finds(index, "hoitoplku ", &doc_id(DocType::Pathway, P1)).await;
    assert_finds(index, "turvasunitelma ", &doc_id(DocType::Pathway, P1)).await;
    assert_finds(index, "stödtelfon ", &doc_id(DocType::Service, S1)).await;
}

/// The last word matches as a prefix (search as you type).
pub async fn matches_the_last_word_as_prefix(index: &dyn SearchIndex) {
    load(index, fixture()).await;
    assert_finds(index, "hoitopol", &doc_id(DocType::Pathway, P1)).await;
    assert_finds(index, "vankilasta vapaut", &doc_id(DocType::Pathway, P2)).await;
    assert_finds(
        index,
        "Yhdyskuntaseuraamustoim",
        &doc_id(DocType::Organisation, O1),
    )
    .await;
    assert_finds(index, "peer sup", &doc_id(DocType::Service, E1)).await;
}

/// Diacritics fold: `paihde` finds `päihde`.
pub async fn folds_diacritics(index: &dyn SearchIndex) {
    load(index, fixture()).await;
    assert_finds(index, "paihde", &doc_id(DocType::Pathway, P2)).await;
    assert_finds(index, "lahisuhdevakivalta", &doc_id(DocType::Pathway, P1)).await;
    assert_finds(index, "stodtelefon", &doc_id(DocType::Service, S1)).await;
    assert_finds(index, "PASIENTFORLOP", &doc_id(DocType::Pathway, N1)).await;
}

/// A part of a compound finds the compound.
pub async fn finds_compound_parts(index: &dyn SearchIndex) {
    load(index, fixture()).await;
    assert_finds(index, "väkivalta", &doc_id(DocType::Pathway, P1)).await;
    assert_finds(index, "seuraamus", &doc_id(DocType::Organisation, O1)).await;
    assert_finds(index, "toimisto", &doc_id(DocType::Organisation, O1)).await;
    assert_finds(index, "kuntoutus", &doc_id(DocType::Pathway, P2)).await;
}

/// The vocabulary carries a query to documents in another language.
pub async fn crosses_languages_through_the_vocabulary(index: &dyn SearchIndex) {
    load(index, fixture()).await;
    let p1 = doc_id(DocType::Pathway, P1);
    assert_finds(index, "behandlingsforløp", &p1).await;
    assert_finds(index, "vold i nære relasjoner", &p1).await;
    assert_finds(index, "care pathway", &p1).await;
    assert_finds(index, "intimate partner violence", &p1).await;
    assert_finds(index, "helpline", &doc_id(DocType::Service, P3)).await;
    assert_finds(index, "vertaistuki", &doc_id(DocType::Service, E1)).await;
    let mut nb = request("behandlingsforløp", admin());
    nb.language = Some(Language::NorwegianBokmal);
    assert!(
        ids(&search(index, nb).await).contains(&p1),
        "{}: with the query language given",
        index.name()
    );
}

/// A query word that matches nothing does not empty the result.
pub async fn a_word_that_matches_nothing_does_not_empty_the_result(index: &dyn SearchIndex) {
    load(index, fixture()).await;
    assert_finds(index, "hoitopolku qqxyzzyq", &doc_id(DocType::Pathway, P1)).await;
    assert_finds(index, "qqxyzzyq vankila", &doc_id(DocType::Pathway, P2)).await;
    assert_eq!(
        find(index, "qqxyzzyq").await.total,
        0,
        "{}: nothing matches",
        index.name()
    );
}

/// Deleting an entity removes its published document and its draft.
pub async fn delete_removes_published_and_draft(index: &dyn SearchIndex) {
    load(index, fixture()).await;
    let published = doc_id(DocType::Pathway, X);
    let draft = format!("{published}:draft");
    let before = index.document_versions().await.expect("versions");
    assert!(before.contains_key(&published) && before.contains_key(&draft));
    index
        .delete_entities(&[id(X), id(O1)])
        .await
        .expect("delete");
    index.commit().await.expect("commit");
    let after = index.document_versions().await.expect("versions");
    assert_eq!(after.len(), before.len() - 3, "{}: {after:?}", index.name());
    for gone in [&published, &draft, &doc_id(DocType::Organisation, O1)] {
        assert!(
            !after.contains_key(gone),
            "{}: {gone} is still there",
            index.name()
        );
    }
    let response = find(index, "nuorten päihdetyön hoitopolku").await;
    assert!(
        !ids(&response)
            .iter()
            .any(|i| i.contains(&id(X).to_string())),
        "{}",
        index.name()
    );
}

/// Which fixture documents a filter should keep.
type Keep = Box<dyn Fn(&SearchDocument) -> bool + Send + Sync>;

/// Each filter dimension keeps exactly the documents with one of its values.
pub async fn filters_each_dimension(index: &dyn SearchIndex) {
    let documents = fixture();
    load(index, documents.clone()).await;
    let filters: Vec<(&str, SearchFilter, Keep)> = vec![
        (
            "regions",
            SearchFilter {
                regions: vec![REGION_B],
                ..SearchFilter::default()
            },
            Box::new(|d| d.regions.contains(&REGION_B)),
        ),
        (
            "organisation kinds",
            SearchFilter {
                organisation_kinds: vec![OrganisationKind::Ngo, OrganisationKind::Prison],
                ..SearchFilter::default()
            },
            Box::new(|d| {
                d.organisation_kinds
                    .iter()
                    .any(|k| matches!(k, OrganisationKind::Ngo | OrganisationKind::Prison))
            }),
        ),
        (
            "target groups",
            SearchFilter {
                target_groups: vec![TargetGroup::ChildrenAndYoungPeople],
                ..SearchFilter::default()
            },
            Box::new(|d| {
                d.target_groups
                    .contains(&TargetGroup::ChildrenAndYoungPeople)
            }),
        ),
        (
            "languages",
            SearchFilter {
                languages: vec![Language::Swedish, Language::English],
                ..SearchFilter::default()
            },
            Box::new(|d| matches!(d.language, Language::Swedish | Language::English)),
        ),
        (
            "document types",
            SearchFilter {
                doc_types: vec![DocType::Service],
                ..SearchFilter::default()
            },
            Box::new(|d| d.doc_type == DocType::Service),
        ),
        (
            "statuses",
            SearchFilter {
                statuses: vec![PathwayStatus::Published],
                ..SearchFilter::default()
            },
            Box::new(|d| d.status == Some(PathwayStatus::Published)),
        ),
        (
            "two dimensions",
            SearchFilter {
                regions: vec![REGION_A],
                doc_types: vec![DocType::Pathway],
                ..SearchFilter::default()
            },
            Box::new(|d| d.regions.contains(&REGION_A) && d.doc_type == DocType::Pathway),
        ),
    ];
    for (name, filter, keep) in filters {
        let expected: BTreeSet<String> = documents
            .iter()
            .filter(|d| keep(d))
            .map(|d| d.id.clone())
            .collect();
        let mut browse = request("", admin());
        browse.filter = filter.clone();
        let response = search(index, browse).await;
        let got: BTreeSet<String> = ids(&response).into_iter().collect();
        assert_eq!(got, expected, "{}: filter on {name}", index.name());
        assert_eq!(
            response.total,
            expected.len() as u64,
            "{}: total with the filter on {name}",
            index.name()
        );
        let mut with_text = request("hoitopolku", admin());
        with_text.filter = filter;
        let response = search(index, with_text).await;
        assert!(
            ids(&response).iter().all(|i| expected.contains(i)),
            "{}: filter on {name} with text: {:?}",
            index.name(),
            ids(&response)
        );
    }
}

/// Totals and facets count exactly the documents the viewer may read; facets not asked for are
/// not counted.
pub async fn facets_count_only_readable_documents(index: &dyn SearchIndex) {
    let documents = fixture();
    load(index, documents.clone()).await;
    let mut all_scopes = scopes();
    all_scopes.push(("admin", admin()));
    all_scopes.push(("member of B", member_of_b()));
    for (name, scope) in all_scopes {
        let response = search(index, request("", scope.clone())).await;
        let (total, facets) = expected_browse(&documents, &scope);
        assert_eq!(
            response.total,
            total,
            "{}: browse total for {name}",
            index.name()
        );
        assert_eq!(
            response.facets,
            facets,
            "{}: browse facets for {name}",
            index.name()
        );
        let expected: BTreeSet<String> = documents
            .iter()
            .filter(|d| scope.admits(&d.access))
            .map(|d| d.id.clone())
            .collect();
        let got: BTreeSet<String> = ids(&response).into_iter().collect();
        assert_eq!(got, expected, "{}: browse hits for {name}", index.name());
    }
    // with a query: facets agree with the hits
    let response = find(index, "hoitopolku").await;
    let hit_ids: BTreeSet<String> = ids(&response).into_iter().collect();
    let matched: Vec<SearchDocument> = documents
        .into_iter()
        .filter(|d| hit_ids.contains(&d.id))
        .collect();
    let (total, facets) = expected_browse(&matched, &admin());
    assert_eq!(response.total, total, "{}: total of a query", index.name());
    assert_eq!(
        response.facets,
        facets,
        "{}: facets of a query",
        index.name()
    );
    // not asked for: none counted, the same hits and total
    let without = search(
        index,
        SearchRequest {
            facets: false,
            ..request("hoitopolku", admin())
        },
    )
    .await;
    assert_eq!(
        without.facets,
        Facets::default(),
        "{}: facets not asked for",
        index.name()
    );
    assert_eq!(
        (ids(&without), without.total),
        (ids(&response), response.total),
        "{}: hits without facets",
        index.name()
    );
}

/// A planted document of region B changes nothing — hits, totals, facets, snippets — for anyone
/// who may not read it; admins and B's members do find it.
pub async fn permission_canaries_change_nothing(index: &dyn SearchIndex) {
    load(index, fixture()).await;
    let queries = [
        "",
        "hoitopolku",
        "lähisuhdeväkivalta",
        "vankilasta vapautuva",
        "seuraamus",
        "behandlingsforløp",
        "hoitopol",
        "luonnos",
        CANARY_WORD,
        "kanarialin",
        // a misspelling of a readable word that only the canary holds as typed: what the viewer
        // cannot read must not turn the typo allowance off
        "walmistelu",
    ];
    let mut before = Vec::new();
    for (name, scope) in scopes() {
        for text in queries {
            let mut req = request(text, scope.clone());
            req.limit = 50;
            before.push((name, text, search(index, req).await));
        }
    }
    index
        .upsert(vec![canary()])
        .await
        .expect("upsert the canary");
    index.commit().await.expect("commit");
    let canary_id = canary().id;
    let mut i = 0;
    for (name, scope) in scopes() {
        for text in queries {
            let mut req = request(text, scope.clone());
            req.limit = 50;
            let after = search(index, req).await;
            let (_, _, was) = &before[i];
            i += 1;
            let context = format!("{}: {text:?} as {name}", index.name());
            assert!(
                !ids(&after).contains(&canary_id),
                "{context}: the canary is a hit"
            );
            for hit in &after.hits {
                let lower = format!("{} {}", hit.title, hit.snippet).to_lowercase();
                assert!(
                    !lower.contains(CANARY_WORD),
                    "{context}: canary text in {hit:?}"
                );
            }
            assert_eq!(after.total, was.total, "{context}: the total changed");
            assert_eq!(after.facets, was.facets, "{context}: the facets changed");
            let was_ids: BTreeSet<String> = ids(was).into_iter().collect();
            let now_ids: BTreeSet<String> = ids(&after).into_iter().collect();
            assert_eq!(now_ids, was_ids, "{context}: the hits changed");
        }
        let response = search(index, request(CANARY_WORD, scope.clone())).await;
        assert_eq!(
            response.total,
            0,
            "{}: {name} finds the canary",
            index.name()
        );
        assert!(response.hits.is_empty());
    }
    for (name, scope) in [("admin", admin()), ("member of B", member_of_b())] {
        let response = search(index, request(CANARY_WORD, scope)).await;
        assert_eq!(
            ids(&response),
            vec![canary_id.clone()],
            "{}: {name} should find the canary",
            index.name()
        );
        assert_eq!(response.total, 1);
        assert_eq!(
            response
                .facets
                .organisation_kinds
                .get(&OrganisationKind::Police),
            Some(&1)
        );
    }
}

/// A draft is found by the region's coordinators and its author only.
pub async fn drafts_only_for_coordinators_and_author(index: &dyn SearchIndex) {
    load(index, fixture()).await;
    let draft = format!("{}:draft", doc_id(DocType::Pathway, X));
    let cases: Vec<(&str, AccessScope, bool)> = vec![
        ("anonymous", AccessScope::default(), false),
        ("member of A", scopes()[1].1.clone(), false),
        ("coordinator of A", scopes()[2].1.clone(), true),
        (
            "outsider",
            AccessScope {
                person: Some(OUTSIDER),
                ..AccessScope::default()
            },
            false,
        ),
        (
            "author without roles",
            AccessScope {
                person: Some(AUTHOR),
                ..AccessScope::default()
            },
            true,
        ),
        (
            "coordinator of B",
            AccessScope {
                person: Some(Uuid::from_u128(0x0301)),
                member_of: vec![REGION_B],
                coordinator_of: vec![REGION_B],
                ..AccessScope::default()
            },
            false,
        ),
        ("admin", admin(), true),
    ];
    for (name, scope, sees) in cases {
        let response = search(index, request("luonnos", scope)).await;
        assert_eq!(
            ids(&response).contains(&draft),
            sees,
            "{}: {name} and the draft",
            index.name()
        );
        assert_eq!(
            response.total,
            u64::from(sees),
            "{}: {name}'s total",
            index.name()
        );
    }
}

/// Documents committed later that a viewer may not read (a coordinator's new draft) change
/// nothing in what that viewer finds, facets included; those who may read them find them beside
/// the rest.
pub async fn later_unreadable_documents_change_nothing_for_others(index: &dyn SearchIndex) {
    load(index, fixture()).await;
    let member = scopes()[1].1.clone();
    let coordinator = scopes()[2].1.clone();
    let member_before = search(index, request("hoitopolku", member.clone())).await;
    let coordinator_before = search(index, request("hoitopolku", coordinator.clone())).await;
    assert!(
        member_before.total > 0,
        "{}: the member finds the published pathways",
        index.name()
    );
    let new_draft = doc(
        0x1009,
        DocType::Pathway,
        Language::Finnish,
        "Uusi hoitopolku luonnoksena",
        "Hoitopolku, jota koordinaattori vasta kirjoittaa.",
        &[REGION_A],
        &[OrganisationKind::Police],
        &[],
        Some(PathwayStatus::Draft),
        Access {
            coordinator_of: vec![REGION_A],
            person: Some(AUTHOR),
            ..Access::default()
        },
    );
    index
        .upsert(vec![new_draft])
        .await
        .expect("upsert the new draft");
    index.commit().await.expect("commit");
    let member_after = search(index, request("hoitopolku", member)).await;
    assert_eq!(
        (ids(&member_after), member_after.total, &member_after.facets),
        (
            ids(&member_before),
            member_before.total,
            &member_before.facets
        ),
        "{}: the member's answer after the coordinator's draft",
        index.name()
    );
    let coordinator_after = search(index, request("hoitopolku", coordinator)).await;
    assert_eq!(
        coordinator_after.total,
        coordinator_before.total + 1,
        "{}: the coordinator finds the new draft too",
        index.name()
    );
    assert!(
        ids(&coordinator_after).contains(&doc_id(DocType::Pathway, 0x1009)),
        "{}: the new draft among the coordinator's hits",
        index.name()
    );
}

/// `document_versions` lists every document's id and version.
pub async fn document_versions_lists_ids_and_versions(index: &dyn SearchIndex) {
    let documents = fixture();
    load(index, documents.clone()).await;
    let versions = index.document_versions().await.expect("versions");
    let expected: std::collections::BTreeMap<String, i64> = documents
        .iter()
        .map(|d| (d.id.clone(), d.version))
        .collect();
    assert_eq!(versions, expected, "{}", index.name());
    index.clear().await.expect("clear");
    index.commit().await.expect("commit");
    assert!(
        index
            .document_versions()
            .await
            .expect("versions")
            .is_empty(),
        "{}: clear",
        index.name()
    );
    assert_eq!(find(index, "").await.total, 0, "{}: clear", index.name());
}

/// Snippets mark the matched (inflected) words and escape all other text.
pub async fn snippets_mark_matches_and_escape_text(index: &dyn SearchIndex) {
    load(index, fixture()).await;
    let response = find(index, "turvasuunnitelma").await;
    let hit = response
        .hits
        .iter()
        .find(|h| h.id == doc_id(DocType::Pathway, P1))
        .unwrap_or_else(|| panic!("{}: P1 not found", index.name()));
    assert!(
        hit.snippet
            .to_lowercase()
            .contains("<mark>turvasuunnitelma"),
        "{}: {}",
        index.name(),
        hit.snippet
    );
    let unmarked = hit.snippet.replace("<mark>", "").replace("</mark>", "");
    assert!(
        !unmarked.contains('<') && !unmarked.contains('>'),
        "{}: unescaped: {}",
        index.name(),
        hit.snippet
    );
    assert!(
        unmarked.contains("&lt;") || !unmarked.contains("Riskinarvio"),
        "{}: {}",
        index.name(),
        hit.snippet
    );
    let response = find(index, "hoitopolkujen").await;
    let hit = response
        .hits
        .iter()
        .find(|h| h.id == doc_id(DocType::Pathway, P1))
        .expect("P1");
    assert!(
        hit.snippet.contains("<mark>Hoitopolku</mark>"),
        "{}: {}",
        index.name(),
        hit.snippet
    );
}

/// Offset and limit page through the same result.
pub async fn pages_with_offset_and_limit(index: &dyn SearchIndex) {
    load(index, fixture()).await;
    let mut seen = Vec::new();
    let mut total = None;
    for page in 0..5 {
        let mut req = request("", admin());
        req.offset = page * 2;
        req.limit = 2;
        let response = search(index, req).await;
        assert!(response.hits.len() <= 2);
        total.get_or_insert(response.total);
        assert_eq!(
            Some(response.total),
            total,
            "{}: the total is the same on every page",
            index.name()
        );
        seen.extend(ids(&response));
    }
    let distinct: BTreeSet<&String> = seen.iter().collect();
    assert_eq!(
        distinct.len(),
        seen.len(),
        "{}: pages overlap: {seen:?}",
        index.name()
    );
    assert_eq!(seen.len(), fixture().len(), "{}", index.name());
    let mut none = request("hoitopolku", admin());
    none.limit = 0;
    let response = search(index, none).await;
    assert!(
        response.hits.is_empty() && response.total > 0,
        "{}: limit 0 counts",
        index.name()
    );
}

/// Who may read a document does not change its score: two documents with the same text, one
/// readable by two rules and one by a single rule, score the same.
pub async fn access_rules_do_not_change_scores(index: &dyn SearchIndex) {
    let twin = |n: u128, access: Access| {
        doc(
            n,
            DocType::Service,
            Language::Finnish,
            "Vertaistukiryhmä vankien omaisille",
            "Ryhmä kokoontuu kerran kuukaudessa vankilan lähellä.",
            &[REGION_A],
            &[OrganisationKind::Ngo],
            &[TargetGroup::FamiliesAndRelatives],
            None,
            access,
        )
    };
    let broad = Access {
        public: true,
        any_member: true,
        member_of: vec![REGION_A],
        ..Access::default()
    };
    let narrow = Access {
        public: true,
        ..Access::default()
    };
    load(index, vec![twin(0x2001, broad), twin(0x2002, narrow)]).await;
    for (name, scope) in [("admin", admin()), ("member of A", scopes()[1].1.clone())] {
        let response = search(index, request("vertaistukiryhmä vankila", scope)).await;
        assert_eq!(response.hits.len(), 2, "{}: {name}", index.name());
        let (a, b) = (response.hits[0].score, response.hits[1].score);
        assert!(
            (a - b).abs() <= 1e-4 * a.abs().max(1.0),
            "{}: {name}: scores {a} and {b} differ",
            index.name()
        );
    }
}

/// A document matching more of the query's words ranks above one matching fewer, however often.
pub async fn more_matched_words_rank_higher(index: &dyn SearchIndex) {
    let one = doc(
        0x2101,
        DocType::Pathway,
        Language::Finnish,
        "Vankila",
        "Vankila, vankila ja vankila: vankilan arki.",
        &[REGION_A],
        &[OrganisationKind::Prison],
        &[],
        Some(PathwayStatus::Published),
        public(),
    );
    let both = doc(
        0x2102,
        DocType::Pathway,
        Language::Finnish,
        "Päihdetyö",
        "Päihdetyö vankilassa.",
        &[REGION_A],
        &[OrganisationKind::Prison],
        &[],
        Some(PathwayStatus::Published),
        public(),
    );
    load(index, vec![one, both.clone()]).await;
    let response = find(index, "vankila päihde ").await;
    assert_eq!(
        ids(&response).first(),
        Some(&both.id),
        "{}: {:?}",
        index.name(),
        response.hits
    );
    assert_eq!(response.total, 2, "{}", index.name());
}

/// Compacting after a load spread over many commits changes no answer: the same hits, totals,
/// facets and snippets for every viewer, with deleted documents still gone.
pub async fn compacting_changes_no_answer(index: &dyn SearchIndex) {
    let name = index.name();
    load_one_by_one(index, fixture()).await;
    index.delete_entities(&[id(P3)]).await.expect("delete");
    index.commit().await.expect("commit");
    let requests = || {
        [
            "",
            "hoitopolku",
            "väkivalta",
            "vankilasta vapautuva",
            CANARY_WORD,
        ]
        .into_iter()
        .flat_map(|text| [request(text, admin()), request(text, member_of_b())])
    };
    let answer = |response: SearchResponse| {
        let mut hits: Vec<(String, String)> = response
            .hits
            .into_iter()
            .map(|h| (h.id, h.snippet))
            .collect();
        hits.sort();
        (response.total, response.facets, hits)
    };
    let mut before = Vec::new();
    for r in requests() {
        before.push(answer(search(index, r).await));
    }
    index
        .compact()
        .await
        .unwrap_or_else(|err| panic!("{name}: compact failed: {err}"));
    for (r, expected) in requests().zip(before) {
        let text = r.text.clone();
        assert_eq!(
            answer(search(index, r).await),
            expected,
            "{name}: compacting changed the answer to {text:?}"
        );
    }
    let versions = index.document_versions().await.expect("versions");
    let kept = fixture().iter().filter(|d| d.entity_id != id(P3)).count();
    assert_eq!(
        versions.len(),
        kept,
        "{name}: compacting lost or revived documents"
    );
}

/// A boxed check.
pub type Check = for<'a> fn(&'a dyn SearchIndex) -> Pin<Box<dyn Future<Output = ()> + Send + 'a>>;

macro_rules! checks {
    ($($name:ident),* $(,)?) => {
        /// Every check, by name.
        pub const CHECKS: &[(&str, Check)] = &[$((stringify!($name), |index| Box::pin($name(index)))),*];
    };
}

checks!(
    finds_after_upsert_and_commit,
    finds_inflected_forms,
    tolerates_typos,
    matches_the_last_word_as_prefix,
    folds_diacritics,
    finds_compound_parts,
    crosses_languages_through_the_vocabulary,
    a_word_that_matches_nothing_does_not_empty_the_result,
    delete_removes_published_and_draft,
    filters_each_dimension,
    facets_count_only_readable_documents,
    permission_canaries_change_nothing,
    drafts_only_for_coordinators_and_author,
    later_unreadable_documents_change_nothing_for_others,
    document_versions_lists_ids_and_versions,
    snippets_mark_matches_and_escape_text,
    pages_with_offset_and_limit,
    access_rules_do_not_change_scores,
    more_matched_words_rank_higher,
    compacting_changes_no_answer,
);

/// Runs every check against `index`, printing each name; panics at the first failure.
pub async fn run_all(index: &dyn SearchIndex) {
    for (name, check) in CHECKS {
        println!("conformance [{}]: {name}", index.name());
        check(index).await;
    }
    println!(
        "conformance [{}]: all {} checks passed",
        index.name(),
        CHECKS.len()
    );
}
