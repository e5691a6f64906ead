/// The catalog's credentials, roles, skills and providers as the JSON objects that
/// `--format json` prints (`catalog list|search|show`, `roles`, `role`); the shapes are in docs/CLI.md.
///
/// Every key is always written (`null` when the catalog leaves it out), so a script can rely on it.
public enum CatalogJSON {
    /// `{"id", "title", "type", "provider", "issuer", "price", "currency", "hours", "weeks", "format",
    /// "accredited", "verifiable", "expiresMonths", "skills", "requires", "stack", "total", "subscription", "countsToward",
    /// "url", "summary", "retires", "successor"}`.
    public static func credential(_ c: Credential, in catalog: Catalog) -> JSONOutput {
        .object([
            ("id", .string(c.id)),
            ("title", .string(c.title)),
            ("type", .string(c.type.rawValue)),
            ("provider", .string(c.provider)),
            ("issuer", .optional(c.issuer)),
            ("price", .number(c.price)),
            ("currency", .string(catalog.info.currency)),
            ("hours", .number(c.hours)),
            ("weeks", c.weeks.map(JSONOutput.number) ?? .null),
            ("format", .optional(c.format)),
            ("accredited", .bool(c.accredited)),
            ("verifiable", .bool(c.verifiable)),
            ("expiresMonths", c.expiresMonths.map(JSONOutput.integer) ?? .null),
            ("skills", .array(c.skills.map(PlanJSON.output))),
            ("requires", .array(c.requires.map(PlanJSON.output))),
            ("stack", c.stack.map { .object([("of", .array($0.of.map(JSONOutput.string))), ("count", .integer($0.count))]) } ?? .null),
            ("total", total(catalog.total(of: c))),
            ("subscription", catalog.subscriptionPricing(of: c).map(pricing) ?? .null),
            ("countsToward", .array(catalog.stacks(containing: c.id).map { .string($0.id) })),
            ("url", .optional(c.url)),
            ("summary", .optional(c.summary)),
            ("retires", .optional(c.retires?.description)),
            ("successor", .optional(c.successor)),
        ])
    }

    /// `{"price", "hours", "parts", "courses", "unavailable"}`: a credential's ``CredentialTotal``.
    public static func total(_ t: CredentialTotal) -> JSONOutput {
        .object([
            ("price", .number(t.price)),
            ("hours", .number(t.hours)),
            ("parts", .integer(t.parts)),
            ("courses", .integer(t.courses)),
            ("unavailable", .integer(t.unavailable)),
        ])
    }

    /// `{"provider", "monthlyFee", "hoursPerMonth", "months", "price", "followed"}`: how the
    /// subscription rule prices a credential (``SubscriptionPricing``); `price` is the rule's, and
    /// `followed` whether the credential's own price is it.
    public static func pricing(_ p: SubscriptionPricing) -> JSONOutput {
        .object([
            ("provider", .string(p.provider)),
            ("monthlyFee", .number(p.subscription.monthlyFee)),
            ("hoursPerMonth", .number(p.subscription.hoursPerMonth)),
            ("months", .integer(p.months)),
            ("price", .number(p.price)),
            ("followed", .bool(p.isFollowed)),
        ])
    }

    /// `{"id", "title", "onet", "summary", "requires", "recommends"}`; conditions in the catalog's grammar.
    public static func role(_ r: Role) -> JSONOutput {
        .object([
            ("id", .string(r.id)),
            ("title", .string(r.title)),
            ("onet", .optional(r.onet)),
            ("summary", .optional(r.summary)),
            ("requires", .array(r.requires.map(PlanJSON.output))),
            ("recommends", .array(r.recommends.map(PlanJSON.output))),
        ])
    }

    /// `{"id", "name", "category", "description", "esco", "onet", "taughtBy": [{"credential", "level"}]}`.
    public static func skill(_ s: Skill, in catalog: Catalog) -> JSONOutput {
        .object([
            ("id", .string(s.id)),
            ("name", .string(s.name)),
            ("category", .string(s.category)),
            ("description", .optional(s.description)),
            ("esco", .optional(s.esco)),
            ("onet", .optional(s.onet)),
            ("taughtBy", .array(catalog.credentials(granting: s.id, atLeast: 1).map {
                .object([("credential", .string($0.id)), ("level", .integer($0.grantedLevel(s.id)))])
            })),
        ])
    }

    /// `{"id", "name", "kind", "url", "subscription": {"monthlyFee", "hoursPerMonth"} | null, "credentials": N}`
    /// (credentials taken at or issued by it).
    public static func provider(_ p: Provider, in catalog: Catalog) -> JSONOutput {
        .object([
            ("id", .string(p.id)),
            ("name", .string(p.name)),
            ("kind", .string(p.kind.rawValue)),
            ("url", .optional(p.url)),
            ("subscription", p.subscription.map {
                .object([("monthlyFee", .number($0.monthlyFee)), ("hoursPerMonth", .number($0.hoursPerMonth))])
            } ?? .null),
            ("credentials", .integer(catalog.credentials.count { $0.provider == p.id || $0.issuer == p.id })),
        ])
    }

    /// What `role ID` reports against a profile:
    /// `{"role": {…}, "met": N, "total": N, "requirements": [{"kind", "condition", "met", "level"}]}`,
    /// where `kind` is `requires` or `recommends`, and `level` is the learner's level in the skill of
    /// a skill condition (`null` for other conditions).
    public static func requirements(of r: Role, for profile: Profile, in catalog: Catalog) -> JSONOutput {
        var entries: [JSONOutput] = []
        var met = 0
        for (kind, conditions) in [("requires", r.requires), ("recommends", r.recommends)] {
            for condition in conditions {
                let holds = profile.satisfies(condition, in: catalog)
                if holds && kind == "requires" { met += 1 }
                var level = JSONOutput.null
                if case .skill(let skill, _) = condition { level = .integer(profile.level(of: skill, in: catalog)) }
                entries.append(.object([("kind", .string(kind)), ("condition", PlanJSON.output(condition)),
                                        ("met", .bool(holds)), ("level", level)]))
            }
        }
        return .object([("role", role(r)), ("met", .integer(met)), ("total", .integer(r.requires.count)),
                        ("requirements", .array(entries))])
    }
}
