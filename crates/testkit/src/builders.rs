//! Fixture builders: insert regions, organisations, people and pathways through the store.

use tokio::sync::OnceCell;
use verkosto_domain::{
    Country, Language, OrganisationId, OrganisationKind, PathwayId, PathwayStatus, PersonId,
    RegionId, RegionStatus, RoleKind, Visibility,
    region::{LocalizedName, slugify},
    text::{Email, NewPassword},
};
use verkosto_store::{
    credentials::hash_password,
    entity::{organisation, pathway, region},
    organisation::OrganisationFields,
    pathway::{PathwayContent, PathwaySettings, StepFields},
    person::NewPerson,
    region::RegionFields,
};

use crate::TestApp;

/// The password of every fixture person.
pub const TEST_PASSWORD: &str = "correct horse battery staple";

/// The argon2 hash of `TEST_PASSWORD`, made once per test binary.
async fn password_hash() -> String {
    static HASH: OnceCell<String> = OnceCell::const_new();
    HASH.get_or_init(|| async {
        let password = NewPassword::parse("password", TEST_PASSWORD).expect("valid test password");
        hash_password(&password)
            .await
            .expect("hash the test password")
    })
    .await
    .clone()
}

/// Builds a region.
pub struct RegionBuilder {
    name: String,
    status: RegionStatus,
    country: Country,
}

impl RegionBuilder {
    /// An active Finnish region named `name`.
    pub fn new(name: &str) -> Self {
        Self {
            name: name.to_owned(),
            status: RegionStatus::Active,
            country: Country::Finland,
        }
    }

    /// Still onboarding.
    pub fn onboarding(mut self) -> Self {
        self.status = RegionStatus::Onboarding;
        self
    }

    /// In Norway.
    pub fn norwegian(mut self) -> Self {
        self.country = Country::Norway;
        self
    }

    /// Inserts it.
    pub async fn insert(self, app: &TestApp) -> region::Model {
        let fields = RegionFields {
            slug: slugify(&self.name),
            name: LocalizedName {
                fi: Some(self.name.clone()),
                ..Default::default()
            },
            country: self.country,
            area: vec![format!("{} kunta", self.name)],
            time_zone: "Europe/Helsinki".to_owned(),
        };
        app.store
            .create_region(None, fields, self.status)
            .await
            .expect("insert a region")
    }
}

/// Builds an organisation, optionally a member of regions.
pub struct OrganisationBuilder {
    name: String,
    kind: OrganisationKind,
    public: bool,
    regions: Vec<RegionId>,
}

impl OrganisationBuilder {
    /// A non-public NGO named `name`.
    pub fn new(name: &str) -> Self {
        Self {
            name: name.to_owned(),
            kind: OrganisationKind::Ngo,
            public: false,
            regions: vec![],
        }
    }

    /// Of `kind`.
    pub fn kind(mut self, kind: OrganisationKind) -> Self {
        self.kind = kind;
        self
    }

    /// Visible to anonymous visitors.
    pub fn public(mut self) -> Self {
        self.public = true;
        self
    }

    /// An active member of `region`.
    pub fn member_of(mut self, region: &region::Model) -> Self {
        self.regions.push(RegionId(region.id));
        self
    }

    /// Inserts it with its memberships.
    pub async fn insert(self, app: &TestApp) -> organisation::Model {
        let fields = OrganisationFields {
            name: self.name,
            kind: self.kind,
            business_id: None,
            municipality: None,
            description: String::new(),
            channels: vec![],
            public: self.public,
        };
        let mut regions = self.regions.into_iter();
        let model = app
            .store
            .create_organisation(None, fields, regions.next())
            .await
            .expect("insert an organisation");
        for region in regions {
            app.store
                .add_membership(
                    None,
                    region,
                    OrganisationId(model.id),
                    verkosto_domain::MembershipStatus::Active,
                    None,
                )
                .await
                .expect("add a membership");
        }
        model
    }
}

/// A fixture person who can sign in with `TEST_PASSWORD`.
#[derive(Debug, Clone)]
pub struct TestPerson {
    /// Their id.
    pub id: PersonId,
    /// Their e-mail address.
    pub email: String,
}

/// Builds a person with roles.
pub struct PersonBuilder {
    email: String,
    admin: bool,
    roles: Vec<(RegionId, RoleKind)>,
}

impl PersonBuilder {
    /// A person with no roles signing in as `email`.
    pub fn new(email: &str) -> Self {
        Self {
            email: email.to_owned(),
            admin: false,
            roles: vec![],
        }
    }

    /// A platform admin.
    pub fn admin(mut self) -> Self {
        self.admin = true;
        self
    }

    /// Coordinator of `region`.
    pub fn coordinator_of(mut self, region: &region::Model) -> Self {
        self.roles
            .push((RegionId(region.id), RoleKind::Coordinator));
        self
    }

    /// Member of `region`.
    pub fn member_of(mut self, region: &region::Model) -> Self {
        self.roles.push((RegionId(region.id), RoleKind::Member));
        self
    }

    /// Inserts them.
    pub async fn insert(self, app: &TestApp) -> TestPerson {
        let name = self
            .email
            .split('@')
            .next()
            .unwrap_or("test")
            .replace('.', " ");
        let person = app
            .store
            .create_person(
                None,
                NewPerson {
                    email: Email::parse("email", &self.email).expect("valid fixture e-mail"),
                    name,
                    title: "Testaaja".to_owned(),
                    organisation: None,
                    language: Language::Finnish,
                    password_hash: Some(password_hash().await),
                    is_admin: self.admin,
                    role: None,
                },
            )
            .await
            .expect("insert a person");
        for (region, kind) in self.roles {
            app.store
                .set_role(None, PersonId(person.id), region, kind)
                .await
                .expect("give a role");
        }
        TestPerson {
            id: PersonId(person.id),
            email: self.email,
        }
    }
}

/// A fixture pathway.
#[derive(Debug, Clone)]
pub struct TestPathway {
    /// Its id.
    pub id: PathwayId,
    /// Its row after building.
    pub model: pathway::Model,
}

/// Builds a pathway in a state.
pub struct PathwayBuilder {
    region: Option<RegionId>,
    author: PersonId,
    title: String,
    body: String,
    language: Language,
    visibility: Visibility,
    status: PathwayStatus,
    steps: Vec<StepFields>,
}

impl PathwayBuilder {
    /// A draft in `region` (`None` = national) written by `author`, visible to the network.
    pub fn new(region: Option<&region::Model>, author: &TestPerson) -> Self {
        Self {
            region: region.map(|r| RegionId(r.id)),
            author: author.id,
            title: "Testihoitopolku".to_owned(),
            body: "# Testihoitopolku\n\nEnsimmäinen versio.\n".to_owned(),
            language: Language::Finnish,
            visibility: Visibility::Network,
            status: PathwayStatus::Draft,
            steps: vec![],
        }
    }

    /// With this title.
    pub fn title(mut self, title: &str) -> Self {
        self.title = title.to_owned();
        self
    }

    /// With this Markdown body.
    pub fn body(mut self, body: &str) -> Self {
        self.body = body.to_owned();
        self
    }

    /// Readable by `visibility` once published.
    pub fn visibility(mut self, visibility: Visibility) -> Self {
        self.visibility = visibility;
        self
    }

    /// Published.
    pub fn published(mut self) -> Self {
        self.status = PathwayStatus::Published;
        self
    }

    /// Submitted for review.
    pub fn in_review(mut self) -> Self {
        self.status = PathwayStatus::InReview;
        self
    }

    /// Published, then archived.
    pub fn archived(mut self) -> Self {
        self.status = PathwayStatus::Archived;
        self
    }

    /// With a step that `organisation` is responsible for.
    pub fn step(mut self, title: &str, organisation: Option<&organisation::Model>) -> Self {
        self.steps.push(StepFields {
            title: title.to_owned(),
            description: format!("{title}: mitä tapahtuu"),
            organisation: organisation.map(|o| OrganisationId(o.id)),
            service: None,
            referral_criteria: String::new(),
        });
        self
    }

    /// Inserts it and moves it to its state.
    pub async fn insert(self, app: &TestApp) -> TestPathway {
        let store = &app.store;
        let content = PathwayContent {
            title: self.title,
            summary: "Lyhyt kuvaus.".to_owned(),
            language: self.language,
            target_groups: vec![verkosto_domain::TargetGroup::PeopleWhoHaveOffended],
            tags: vec!["testi".to_owned()],
            body: self.body,
            steps: self.steps,
            change_note: "Ensimmäinen versio".to_owned(),
        };
        let settings = PathwaySettings {
            visibility: self.visibility,
            review_due: None,
        };
        let created = store
            .create_pathway(self.author, self.region, settings, content, None)
            .await
            .expect("insert a pathway");
        let id = PathwayId(created.id);
        let model = match self.status {
            PathwayStatus::Draft => created,
            PathwayStatus::InReview => store.submit_draft(self.author, id).await.expect("submit"),
            PathwayStatus::Published => store
                .publish_pathway(self.author, id)
                .await
                .expect("publish"),
            PathwayStatus::Archived => {
                store
                    .publish_pathway(self.author, id)
                    .await
                    .expect("publish");
                store
                    .archive_pathway(self.author, id)
                    .await
                    .expect("archive")
            }
        };
        TestPathway { id, model }
    }
}
