import Testing
@testable import SkillpathCore

/// ``Catalog/totals``: a credential's own price and hours plus those of its cheapest `count` parts,
/// recursively, with cycles and missing parts treated as unavailable.
@Suite struct CredentialTotalTests {
    static func course(_ id: String, price: Double, hours: Double, type: Credential.Kind = .course) -> Credential {
        Credential(id: id, title: id, provider: "p", type: type, hours: hours, price: price)
    }

    static func stack(_ id: String, of parts: [String], count: Int? = nil, price: Double = 0, hours: Double = 0) -> Credential {
        Credential(id: id, title: id, provider: "p", type: .program, hours: hours, price: price, stack: .init(of: parts, count: count))
    }

    static func catalog(_ credentials: [Credential]) -> Catalog {
        Catalog(info: .init(name: "t", version: "1", currency: "USD"), skills: [],
                providers: [Provider(id: "p", name: "P", kind: .platform)], roles: [], credentials: credentials)
    }

    @Test func aCredentialWithoutAStackIsItsOwnTotal() throws {
        let catalog = Self.catalog([Self.course("a", price: 49, hours: 20)])
        let total = try #require(catalog.total(of: "a"))
        #expect(total == CredentialTotal(price: 49, hours: 20, parts: 0, courses: 1, onlyCourses: true, unavailable: 0))
        #expect(!total.isStacked)
        #expect(total.words(currency: "USD") == "$49 · 20 h")
        #expect(catalog.total(of: "nope") == nil)
    }

    @Test func allPartsAreCountedWithTheStacksOwnFigures() throws {
        let catalog = Self.catalog([Self.course("a", price: 49, hours: 20), Self.course("b", price: 49, hours: 30),
                                    Self.stack("s", of: ["a", "b"], price: 10, hours: 5)])
        let total = try #require(catalog.total(of: "s"))
        #expect(total.price == 108 && total.hours == 55 && total.parts == 2 && total.courses == 2 && total.unavailable == 0)
        #expect(total.words(currency: "USD") == "$108 · 55 h across 2 courses")
    }

    @Test func kOfNPicksTheCheapestByPriceThenHours() throws {
        let catalog = Self.catalog([Self.course("dear", price: 300, hours: 1), Self.course("slow", price: 20, hours: 90),
                                    Self.course("quick", price: 20, hours: 10), Self.course("free", price: 0, hours: 200),
                                    Self.stack("s", of: ["dear", "slow", "quick", "free"], count: 2)])
        let total = try #require(catalog.total(of: "s"))
        // free ($0) first, then quick ($20, 10 h) before slow ($20, 90 h); dear is left out.
        #expect(total.price == 20 && total.hours == 210 && total.parts == 2 && total.courses == 2)
    }

    @Test func nestedStacksAddTheirPartsTotals() throws {
        let catalog = Self.catalog([Self.course("a", price: 10, hours: 1), Self.course("b", price: 20, hours: 2),
                                    Self.course("c", price: 30, hours: 3), Self.course("exam", price: 100, hours: 4, type: .certification),
                                    Self.stack("inner", of: ["a", "b", "c"], count: 2, price: 5),
                                    Self.stack("outer", of: ["inner", "exam"], price: 1, hours: 1)])
        let inner = try #require(catalog.total(of: "inner"))
        #expect(inner.price == 35 && inner.hours == 3 && inner.courses == 2 && inner.onlyCourses)
        let outer = try #require(catalog.total(of: "outer"))
        #expect(outer.price == 136 && outer.hours == 8 && outer.parts == 2 && outer.courses == 3 && !outer.onlyCourses)
        #expect(outer.words(currency: "USD") == "$136 · 8 h across 3 credentials")
    }

    @Test func aNestedStackIsComparedByItsTotalNotItsOwnPrice() throws {
        // "bundle" costs nothing of its own but $90 in parts, so the $50 course is cheaper.
        let catalog = Self.catalog([Self.course("x", price: 90, hours: 1), Self.course("y", price: 50, hours: 1),
                                    Self.stack("bundle", of: ["x"]), Self.stack("s", of: ["bundle", "y"], count: 1)])
        #expect(catalog.total(of: "s")?.price == 50)
    }

    @Test func aStackCycleDoesNotLoopAndAPartOnThePathIsUnavailable() throws {
        // a needs 1 of {b, x}; b needs 1 of {a, y}. Totalling a, a is on the path, so b is earned with y.
        let catalog = Self.catalog([Self.course("x", price: 100, hours: 1), Self.course("y", price: 10, hours: 1),
                                    Self.stack("a", of: ["b", "x"], count: 1, price: 1), Self.stack("b", of: ["a", "y"], count: 1, price: 2)])
        #expect(catalog.total(of: "a")?.price == 13)
        #expect(catalog.total(of: "b")?.price == 12)
        // A closed cycle: neither can be completed; each records its missing part.
        let closed = Self.catalog([Self.stack("a", of: ["b"], price: 1), Self.stack("b", of: ["a"], price: 2),
                                   Self.stack("self", of: ["self"], price: 3)])
        let a = try #require(closed.total(of: "a"))
        #expect(a.price == 1 && a.parts == 0 && a.unavailable == 1)
        #expect(closed.total(of: "self")?.unavailable == 1)
        #expect(a.words(currency: "USD") == "$1 · 0 h (1 part unavailable)")
    }

    @Test func partsMissingFromTheCatalogAreUnavailable() throws {
        // A catalog built in code is not validated; the loader refuses dangling parts.
        let catalog = Self.catalog([Self.course("a", price: 10, hours: 2), Self.stack("s", of: ["a", "ghost"], count: 2)])
        let total = try #require(catalog.total(of: "s"))
        #expect(total.price == 10 && total.parts == 1 && total.unavailable == 1)
        // With count 1 the available part suffices.
        #expect(Self.catalog([Self.course("a", price: 10, hours: 2), Self.stack("s", of: ["ghost", "a"], count: 1)])
            .total(of: "s")?.unavailable == 0)
    }

    /// The rule as the doc comment states it, by brute force: a part on the path is unavailable.
    static func bruteForce(_ c: Int, _ credentials: [Credential], _ index: [String: Int], path: Set<Int> = []) -> (price: Double, hours: Double, unavailable: Int) {
        let credential = credentials[c]
        guard let stack = credential.stack, stack.count > 0 else { return (credential.price, credential.hours, 0) }
        var seen = Set<Int>()
        var available: [(price: Double, hours: Double)] = []
        for id in stack.of {
            guard let p = index[id], p != c, !path.contains(p), seen.insert(p).inserted else { continue }
            let part = bruteForce(p, credentials, index, path: path.union([c]))
            if part.unavailable == 0 { available.append((part.price, part.hours)) }
        }
        let chosen = available.sorted { ($0.price, $0.hours) < ($1.price, $1.hours) }.prefix(stack.count)
        return (credential.price + chosen.reduce(0) { $0 + $1.price }, credential.hours + chosen.reduce(0) { $0 + $1.hours },
                max(0, stack.count - chosen.count))
    }

    @Test func randomCatalogsWithCyclesAgreeWithTheBruteForce() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        for _ in 0..<400 {
            let n = 3 + next(6)
            var credentials: [Credential] = []
            for i in 0..<n {
                let price = Double(next(4)), hours = Double(next(4))
                if next(2) == 0 {
                    credentials.append(Self.course("c\(i)", price: price, hours: hours))
                } else {
                    var parts: [String] = []
                    for _ in 0..<(1 + next(3)) {
                        let id = next(8) == 0 ? "ghost" : "c\(next(n))"
                        if !parts.contains(id) { parts.append(id) }
                    }
                    credentials.append(Self.stack("c\(i)", of: parts, count: next(parts.count + 1), price: price, hours: hours))
                }
            }
            let catalog = Self.catalog(credentials)
            for c in credentials.indices {
                let expected = Self.bruteForce(c, credentials, catalog.credentialIndex)
                let total = catalog.totals[c]
                #expect(total.price == expected.price && total.hours == expected.hours && total.unavailable == expected.unavailable,
                        "\(credentials.map { "\($0.id)=\($0.stack.map { "\($0.count) of \($0.of)" } ?? "leaf")" }) at c\(c)")
            }
        }
    }

    @Test func theShippedGoogleDataAnalyticsCertificateCostsItsParts() throws {
        let catalog = try ShippedCatalogTests.catalog()
        let certificate = try #require(catalog.credential("google-data-analytics"))
        #expect(certificate.price == 0 && certificate.hours == 0)
        let parts = try #require(certificate.stack).of.map { try #require(catalog.credential($0)) }
        let total = try #require(catalog.total(of: certificate.id))
        #expect(total.price > 0 && total.hours > 0)
        #expect(total.price == parts.reduce(0) { $0 + $1.price } && total.hours == parts.reduce(0) { $0 + $1.hours })
        #expect(total.parts == 8 && total.courses == 8)
        #expect(total.words(currency: catalog.info.currency) == "$441 · 180 h across 8 courses")
    }

    @Test func everyShippedStackHasACompleteTotal() throws {
        let catalog = try ShippedCatalogTests.catalog()
        for (c, credential) in catalog.credentials.enumerated() where credential.stack != nil {
            #expect(catalog.totals[c].unavailable == 0 && catalog.totals[c].price >= credential.price, "\(credential.id)")
        }
    }
}
