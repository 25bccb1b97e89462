//! Demo data: nine regional networks with their organisations, services, people and pathways.
//!
//! It is loaded into an empty database through the GraphQL API itself, so the demo passes the
//! same validation and policy as any user's input.

use std::collections::HashMap;

use anyhow::{Context, anyhow, bail};
use serde_json::{Map, Value, json};
use uuid::Uuid;
use verkosto_domain::{
    Language, PersonId, RegionId, RoleKind, Viewer,
    text::{Email, NewPassword},
};
use verkosto_graphql::{AppSchema, add_data_loaders};
use verkosto_store::{Store, credentials::hash_password, person::NewPerson};

/// The demo data file, compiled in.
const DEMO: &str = include_str!("../demo/demo.json");
/// The password of every demo account.
pub const DEMO_PASSWORD: &str = "verkosto-demo";

/// Keys whose string values are GraphQL enum values written in lower case in the file.
const ENUM_KEYS: &[&str] = &[
    "kind",
    "status",
    "day",
    "targetGroups",
    "language",
    "country",
    "visibility",
];

/// Loads the demo data when the database has no regions yet; returns whether it did.
pub async fn seed_demo_if_empty(schema: &AppSchema, store: &Store) -> anyhow::Result<bool> {
    if !store.list_regions(None, None, 1).await?.is_empty() {
        return Ok(false);
    }
    let data: Value = serde_json::from_str(DEMO).context("parse demo.json")?;
    Seeder::new(schema, store).run(&data).await?;
    Ok(true)
}

struct Seeder<'a> {
    schema: &'a AppSchema,
    store: &'a Store,
    regions: HashMap<String, (Uuid, String)>,
    organisations: HashMap<String, Uuid>,
    services: HashMap<String, Uuid>,
    people: HashMap<String, Viewer>,
    published: HashMap<String, Uuid>,
    pathways: HashMap<String, Uuid>,
    admin: Viewer,
}

fn text<'v>(value: &'v Value, key: &str) -> anyhow::Result<&'v str> {
    value
        .get(key)
        .and_then(Value::as_str)
        .ok_or_else(|| anyhow!("demo.json: missing {key:?} in {value}"))
}

fn list<'v>(value: &'v Value, key: &str) -> &'v [Value] {
    value
        .get(key)
        .and_then(Value::as_array)
        .map_or(&[], Vec::as_slice)
}

/// Upper-cases enum values (`prison` → `PRISON`) and drops keys the API does not take.
fn to_input(value: &Value, drop: &[&str]) -> Value {
    fn walk(key: Option<&str>, value: &Value) -> Value {
        let is_enum = key.is_some_and(|k| ENUM_KEYS.contains(&k));
        match value {
            Value::String(s) if is_enum => Value::String(s.to_uppercase()),
            Value::Array(items) => Value::Array(items.iter().map(|v| walk(key, v)).collect()),
            Value::Object(map) => Value::Object(
                map.iter()
                    .map(|(k, v)| (k.clone(), walk(Some(k), v)))
                    .collect(),
            ),
            other => other.clone(),
        }
    }
    let mut out = walk(None, value);
    if let Value::Object(map) = &mut out {
        for key in drop {
            map.remove(*key);
        }
    }
    out
}

impl<'a> Seeder<'a> {
    fn new(schema: &'a AppSchema, store: &'a Store) -> Self {
        Self {
            schema,
            store,
            regions: HashMap::new(),
            organisations: HashMap::new(),
            services: HashMap::new(),
            people: HashMap::new(),
            published: HashMap::new(),
            pathways: HashMap::new(),
            admin: Viewer::anonymous(),
        }
    }

    /// Runs one GraphQL operation as `viewer`; any error aborts the seed, naming `what`.
    async fn run_as(
        &self,
        viewer: &Viewer,
        what: &str,
        query: &str,
        variables: Value,
    ) -> anyhow::Result<Value> {
        let request = async_graphql::Request::new(query)
            .variables(async_graphql::Variables::from_json(variables))
            .data(viewer.clone());
        let response = self
            .schema
            .execute(add_data_loaders(request, self.store, viewer))
            .await;
        if let Some(error) = response.errors.first() {
            bail!("demo data: {what}: {}", error.message);
        }
        response
            .data
            .into_json()
            .context("graphql response as JSON")
    }

    fn id(data: &Value, field: &str) -> anyhow::Result<Uuid> {
        let id = data
            .get(field)
            .and_then(|v| v.get("id"))
            .and_then(Value::as_str)
            .ok_or_else(|| anyhow!("no id in {data}"))?;
        Ok(Uuid::parse_str(id)?)
    }

    async fn run(mut self, data: &Value) -> anyhow::Result<()> {
        let hash = hash_password(&NewPassword::parse("password", DEMO_PASSWORD)?).await?;
        self.seed_admins(data, &hash).await?;
        for region in list(data, "regions") {
            self.seed_region(region).await?;
        }
        for organisation in list(data, "organisations") {
            self.seed_organisation(organisation).await?;
        }
        for person in list(data, "people")
            .iter()
            .filter(|p| p.get("admin") != Some(&Value::Bool(true)))
        {
            self.seed_person(person, &hash).await?;
        }
        let (national, regional): (Vec<&Value>, Vec<&Value>) = list(data, "pathways")
            .iter()
            .partition(|p| p.get("region").is_none_or(Value::is_null));
        for pathway in national.into_iter().chain(regional) {
            self.seed_pathway(pathway).await?;
        }
        self.seed_activity(list(data, "activity")).await?;
        tracing::info!(
            regions = self.regions.len(),
            organisations = self.organisations.len(),
            services = self.services.len(),
            people = self.people.len(),
            "demo data loaded; sign in with any demo account and the password {DEMO_PASSWORD:?}"
        );
        Ok(())
    }

    async fn new_person(
        &self,
        person: &Value,
        hash: &str,
        is_admin: bool,
    ) -> anyhow::Result<PersonId> {
        let organisation = match person.get("organisation").and_then(Value::as_str) {
            Some(key) => Some(verkosto_domain::OrganisationId(
                *self
                    .organisations
                    .get(key)
                    .ok_or_else(|| anyhow!("demo.json: unknown organisation {key}"))?,
            )),
            None => None,
        };
        let new = NewPerson {
            email: Email::parse("email", text(person, "email")?)?,
            name: text(person, "name")?.to_owned(),
            title: person
                .get("title")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_owned(),
            organisation,
            language: Language::parse(
                "language",
                person
                    .get("language")
                    .and_then(Value::as_str)
                    .unwrap_or("fi"),
            )?,
            password_hash: Some(hash.to_owned()),
            is_admin,
            role: None,
        };
        Ok(PersonId(self.store.create_person(None, new).await?.id))
    }

    async fn seed_admins(&mut self, data: &Value, hash: &str) -> anyhow::Result<()> {
        for person in list(data, "people")
            .iter()
            .filter(|p| p.get("admin") == Some(&Value::Bool(true)))
        {
            let id = self.new_person(person, hash, true).await?;
            let viewer = Viewer::signed_in(id, true, []);
            self.people
                .insert(text(person, "email")?.to_owned(), viewer.clone());
            self.admin = viewer;
        }
        if self.admin.person().is_none() {
            bail!("demo.json has no admin account");
        }
        Ok(())
    }

    async fn seed_region(&mut self, region: &Value) -> anyhow::Result<()> {
        let key = text(region, "key")?;
        let mut input = to_input(region, &["key", "status"]);
        if let Value::Object(map) = &mut input {
            map.insert("slug".into(), json!(key));
        }
        let data = self
            .run_as(
                &self.admin,
                key,
                "mutation($input: RegionInput!) { createRegion(input: $input) { id } }",
                json!({ "input": input }),
            )
            .await?;
        let id = Self::id(&data, "createRegion")?;
        if text(region, "status")? == "active" {
            self.run_as(
                &self.admin,
                key,
                "mutation($id: ID!) { activateRegion(id: $id) { id } }",
                json!({ "id": id }),
            )
            .await?;
        }
        let time_zone = region
            .get("timeZone")
            .and_then(Value::as_str)
            .unwrap_or("Europe/Helsinki");
        self.regions
            .insert(key.to_owned(), (id, time_zone.to_owned()));
        Ok(())
    }

    async fn seed_organisation(&mut self, organisation: &Value) -> anyhow::Result<()> {
        let key = text(organisation, "key")?;
        let input = to_input(organisation, &["key", "memberships", "services"]);
        let data = self
            .run_as(
                &self.admin,
                key,
                "mutation($input: OrganisationInput!) { createOrganisation(input: $input) { id } }",
                json!({ "input": input }),
            )
            .await?;
        let id = Self::id(&data, "createOrganisation")?;
        self.organisations.insert(key.to_owned(), id);
        let mut time_zone = "Europe/Helsinki".to_owned();
        for membership in list(organisation, "memberships") {
            let region_key = text(membership, "region")?;
            let (region, tz) = self
                .regions
                .get(region_key)
                .cloned()
                .ok_or_else(|| anyhow!("demo.json: {key} names unknown region {region_key}"))?;
            time_zone = tz;
            self.run_as(
                &self.admin,
                key,
                "mutation($r: ID!, $o: ID!, $s: MembershipStatus!) { addMembership(regionId: $r, organisationId: $o, status: $s) { id } }",
                json!({ "r": region, "o": id, "s": text(membership, "status")?.to_uppercase() }),
            )
            .await?;
        }
        for service in list(organisation, "services") {
            let mut input = to_input(service, &["key", "free", "anonymous"]);
            if let Value::Object(map) = &mut input {
                map.insert(
                    "isFree".into(),
                    service.get("free").cloned().unwrap_or(json!(false)),
                );
                map.insert(
                    "isAnonymous".into(),
                    service.get("anonymous").cloned().unwrap_or(json!(false)),
                );
                map.insert("timeZone".into(), json!(time_zone));
            }
            let service_key = text(service, "key")?;
            let data = self
                .run_as(
                    &self.admin,
                    service_key,
                    "mutation($o: ID!, $input: ServiceInput!) { createService(organisationId: $o, input: $input) { id } }",
                    json!({ "o": id, "input": input }),
                )
                .await?;
            self.services
                .insert(service_key.to_owned(), Self::id(&data, "createService")?);
        }
        Ok(())
    }

    async fn seed_person(&mut self, person: &Value, hash: &str) -> anyhow::Result<()> {
        let id = self.new_person(person, hash, false).await?;
        let mut roles = Vec::new();
        for role in list(person, "roles") {
            let region_key = text(role, "region")?;
            let region = RegionId(
                self.regions
                    .get(region_key)
                    .ok_or_else(|| anyhow!("demo.json: unknown region {region_key}"))?
                    .0,
            );
            let kind = RoleKind::parse("role", text(role, "role")?)?;
            self.store
                .set_role(self.admin.person(), id, region, kind)
                .await?;
            roles.push((region, kind));
        }
        self.people.insert(
            text(person, "email")?.to_owned(),
            Viewer::signed_in(id, false, roles),
        );
        Ok(())
    }

    fn content(&self, version: &Value) -> anyhow::Result<Value> {
        let mut content = to_input(version, &["steps"]);
        let mut steps = Vec::new();
        for step in list(version, "steps") {
            let mut input = Map::new();
            for key in ["title", "description", "referralCriteria"] {
                if let Some(v) = step.get(key) {
                    input.insert(key.into(), v.clone());
                }
            }
            if let Some(org) = step.get("organisation").and_then(Value::as_str) {
                let id = self
                    .organisations
                    .get(org)
                    .ok_or_else(|| anyhow!("demo.json: unknown organisation {org}"))?;
                input.insert("organisationId".into(), json!(id));
            }
            if let Some(service) = step.get("service").and_then(Value::as_str) {
                let id = self
                    .services
                    .get(service)
                    .ok_or_else(|| anyhow!("demo.json: unknown service {service}"))?;
                input.insert("serviceId".into(), json!(id));
            }
            steps.push(Value::Object(input));
        }
        if let Value::Object(map) = &mut content {
            map.insert("steps".into(), Value::Array(steps));
        }
        Ok(content)
    }

    async fn seed_pathway(&mut self, pathway: &Value) -> anyhow::Result<()> {
        let key = text(pathway, "key")?;
        let author = self
            .people
            .get(text(pathway, "author")?)
            .cloned()
            .ok_or_else(|| anyhow!("demo.json: {key} has an unknown author"))?;
        let region = match pathway.get("region").and_then(Value::as_str) {
            Some(r) => Some(
                self.regions
                    .get(r)
                    .ok_or_else(|| anyhow!("demo.json: unknown region {r}"))?
                    .0,
            ),
            None => None,
        };
        let publisher = region
            .and_then(|r| {
                self.people
                    .values()
                    .find(|v| v.coordinates(RegionId(r)))
                    .cloned()
            })
            .unwrap_or_else(|| self.admin.clone());
        let versions = list(pathway, "versions");
        let Some((first, later)) = versions.split_first() else {
            bail!("demo.json: {key} has no versions");
        };
        let based_on = match pathway.get("basedOn").and_then(Value::as_str) {
            Some(base) => Some(
                *self
                    .published
                    .get(base)
                    .ok_or_else(|| anyhow!("demo.json: {key} is based on unpublished {base}"))?,
            ),
            None => None,
        };
        let input = json!({
            "regionId": region,
            "visibility": text(pathway, "visibility")?.to_uppercase(),
            "reviewDue": pathway.get("reviewDue"),
            "basedOnVersionId": based_on,
            "content": self.content(first)?,
        });
        let data = self
            .run_as(
                &author,
                key,
                "mutation($input: CreatePathwayInput!) { createPathway(input: $input) { id } }",
                json!({ "input": input }),
            )
            .await?;
        let id = Self::id(&data, "createPathway")?;
        self.pathways.insert(key.to_owned(), id);
        let publish =
            "mutation($id: ID!) { publishPathway(pathwayId: $id) { publishedVersion { id } } }";
        for version in later {
            self.run_as(&publisher, key, publish, json!({ "id": id }))
                .await?;
            self.run_as(
                &author,
                key,
                "mutation($id: ID!) { startPathwayDraft(pathwayId: $id) { id } }",
                json!({ "id": id }),
            )
            .await?;
            self.run_as(
                &author,
                key,
                "mutation($id: ID!, $c: PathwayContentInput!) { updatePathwayDraft(pathwayId: $id, content: $c) { id } }",
                json!({ "id": id, "c": self.content(version)? }),
            )
            .await?;
        }
        let status = text(pathway, "status")?;
        match status {
            "published" | "archived" => {
                let data = self
                    .run_as(&publisher, key, publish, json!({ "id": id }))
                    .await?;
                let version = data["publishPathway"]["publishedVersion"]["id"]
                    .as_str()
                    .and_then(|v| Uuid::parse_str(v).ok())
                    .ok_or_else(|| anyhow!("demo data: {key}: no published version"))?;
                self.published.insert(key.to_owned(), version);
                if status == "archived" {
                    self.run_as(
                        &publisher,
                        key,
                        "mutation($id: ID!) { archivePathway(pathwayId: $id) { id } }",
                        json!({ "id": id }),
                    )
                    .await?;
                }
            }
            "in_review" => {
                self.run_as(
                    &author,
                    key,
                    "mutation($id: ID!) { submitPathway(pathwayId: $id) { id } }",
                    json!({ "id": id }),
                )
                .await?;
            }
            "draft" => {}
            other => bail!("demo.json: {key} has unknown status {other}"),
        }
        Ok(())
    }
}

impl Seeder<'_> {
    /// Runs the network's everyday activity (meetings, registrations, feedback, a join request,
    /// an invitation) as the people named, in order. Variables refer to seeded things with
    /// `@region:key`, `@organisation:key`, `@pathway:key`, to an earlier step's result with
    /// `@saved:name`, and to dates relative to today with `@days:+14T18:00` (a local time) and
    /// `@date:+14`.
    async fn seed_activity(&self, steps: &[Value]) -> anyhow::Result<()> {
        let mut saved: HashMap<String, Uuid> = HashMap::new();
        for step in steps {
            let who = text(step, "as")?;
            let viewer = if who == "admin@example.org" {
                &self.admin
            } else {
                self.people
                    .get(who)
                    .ok_or_else(|| anyhow!("demo.json: unknown person {who}"))?
            };
            let what = text(step, "what")?;
            let variables = self.resolve(step.get("variables").unwrap_or(&Value::Null), &saved)?;
            let data = self
                .run_as(viewer, what, text(step, "query")?, variables)
                .await?;
            if let Some(name) = step.get("save").and_then(Value::as_str) {
                let id = data
                    .as_object()
                    .and_then(|fields| fields.values().next())
                    .and_then(|result| result.get("id"))
                    .and_then(Value::as_str)
                    .ok_or_else(|| anyhow!("demo.json: {what} answered no id: {data}"))?;
                saved.insert(name.to_owned(), Uuid::parse_str(id)?);
            }
        }
        Ok(())
    }

    /// Replaces the `@` references in `value`.
    fn resolve(&self, value: &Value, saved: &HashMap<String, Uuid>) -> anyhow::Result<Value> {
        Ok(match value {
            Value::String(s) if s.starts_with('@') => {
                let (kind, key) = s[1..]
                    .split_once(':')
                    .ok_or_else(|| anyhow!("demo.json: bad reference {s}"))?;
                let found = |map: &HashMap<String, Uuid>| {
                    map.get(key)
                        .map(|id| Value::String(id.to_string()))
                        .ok_or_else(|| anyhow!("demo.json: unknown {kind} {key}"))
                };
                match kind {
                    "region" => Value::String(
                        self.regions
                            .get(key)
                            .ok_or_else(|| anyhow!("demo.json: unknown region {key}"))?
                            .0
                            .to_string(),
                    ),
                    "organisation" => found(&self.organisations)?,
                    "pathway" => found(&self.pathways)?,
                    "saved" => found(saved)?,
                    "days" => {
                        let (days, time) = key
                            .split_once('T')
                            .ok_or_else(|| anyhow!("demo.json: {s} needs a time"))?;
                        Value::String(format!("{}T{time}", relative_date(days)?))
                    }
                    "date" => Value::String(relative_date(key)?.to_string()),
                    other => bail!("demo.json: unknown reference kind {other}"),
                }
            }
            Value::Array(items) => Value::Array(
                items
                    .iter()
                    .map(|v| self.resolve(v, saved))
                    .collect::<anyhow::Result<_>>()?,
            ),
            Value::Object(map) => Value::Object(
                map.iter()
                    .map(|(k, v)| Ok((k.clone(), self.resolve(v, saved)?)))
                    .collect::<anyhow::Result<Map<String, Value>>>()?,
            ),
            other => other.clone(),
        })
    }
}

/// Today in Finland plus `offset` days (`+14`, `-30`).
fn relative_date(offset: &str) -> anyhow::Result<chrono::NaiveDate> {
    let days: i64 = offset
        .parse()
        .with_context(|| format!("demo.json: {offset:?} is not a number of days"))?;
    let today = chrono::Utc::now()
        .with_timezone(&chrono_tz::Europe::Helsinki)
        .date_naive();
    Ok(today + chrono::Duration::days(days))
}
