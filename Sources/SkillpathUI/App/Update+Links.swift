import Foundation
import SkillpathCore

/// A credential's link: `o` opens it, `y` copies it (OSC 52); both performed by the terminal runner.
extension AppState {
    /// The credential whose link `o` and `y` use: the Catalog's selection, the Plan's step, or
    /// the credential of an open details box.
    var linkedCredential: Credential? {
        if case .details(let subject, _)? = modal {
            switch subject {
            case .credential(let i): return catalog.credentials[safe: i]
            case .step(let i): return session?.document?.plan.steps[safe: i].flatMap { catalog.credential($0.credential) }
            case .role: return nil
            }
        }
        switch screen {
        case .catalog: return selectedCredential
        case .plan:
            guard let i = session?.cursor.selection, let step = session?.document?.plan.steps[safe: i] else { return nil }
            return catalog.credential(step.credential)
        case .roles, .profile, .plans: return nil
        }
    }

    mutating func runLink(_ command: Command, _ fx: inout [Effect]) {
        guard let credential = linkedCredential else { status = "Select a credential first."; return }
        guard let raw = credential.url, !raw.isEmpty else {
            status = "“\(TextWidth.sanitized(credential.title))” has no link in the catalog."
            return
        }
        guard let url = Self.webLink(raw) else {
            status = "The link of “\(TextWidth.sanitized(credential.title))” is not an http(s) address: \(TextWidth.sanitized(raw))"
            return
        }
        if command == .openLink {
            fx.append(.openURL(url))
            status = "Opening \(url)"
        } else {
            fx.append(.copyToClipboard(url))
            status = "copied (OSC 52; your terminal must allow it): \(url)"
        }
    }

    /// `text` as a link safe to hand to an opener or the clipboard: trimmed, one word, http or
    /// https, and clean by the sanitiser (a link with a control or bidi character is refused); nil otherwise.
    static func webLink(_ text: String) -> String? {
        let url = Sanitizer.line(text).trimmingCharacters(in: .whitespaces)
        let lower = url.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://"), url.count > 8, url.count <= 2_000,
              !url.contains(" "), !url.unicodeScalars.contains(Sanitizer.replacement) else { return nil }
        return url
    }
}
