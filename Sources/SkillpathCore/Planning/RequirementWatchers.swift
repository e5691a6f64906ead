/// Who reads what: for each credential and each skill, the credentials whose requirements name it.
///
/// When a credential is taken or a skill level rises, only its watchers can become startable, so
/// a closure grown one credential at a time (``LandmarkShrinker``) re-checks those alone instead
/// of every credential.
struct RequirementWatchers: Sendable {
    /// Per credential: the credentials whose requirements name it (a stack names its parts).
    let ofCredential: [[Int32]]
    /// Per skill: the credentials whose requirements name it at some level.
    let ofSkill: [[Int32]]

    /// The watchers of `requirements` (per credential, its conjuncts) over `skills` skills.
    init(requirements: [[Requirement]], skills: Int) {
        var ofCredential = [[Int32]](repeating: [], count: requirements.count)
        var ofSkill = [[Int32]](repeating: [], count: skills)
        for (c, list) in requirements.enumerated() {
            var credentials = Set<Int>(), named = Set<Int>()
            for requirement in list { requirement.collectReferences(credentials: &credentials, skills: &named) }
            for x in credentials.sorted() where x < ofCredential.count { ofCredential[x].append(Int32(c)) }
            for s in named.sorted() where s < ofSkill.count { ofSkill[s].append(Int32(c)) }
        }
        self.ofCredential = ofCredential
        self.ofSkill = ofSkill
    }

    /// The credentials watching credential `c`; none for a credential past the catalog's (a stand-in).
    func watching(credential c: Int) -> [Int32] { c < ofCredential.count ? ofCredential[c] : [] }
}

extension Requirement {
    /// Adds every credential and skill this requirement names, at any depth.
    func collectReferences(credentials: inout Set<Int>, skills: inout Set<Int>) {
        switch self {
        case .credential(let c): credentials.insert(c)
        case .skill(let s, _): skills.insert(s)
        case .anyOf(let parts), .allOf(let parts):
            for part in parts { part.collectReferences(credentials: &credentials, skills: &skills) }
        case .atLeast(_, let of): credentials.formUnion(of)
        case .never: break
        }
    }
}
