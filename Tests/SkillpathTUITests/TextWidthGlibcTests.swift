import CNcursesw
import SkillpathCore
import Testing
@testable import SkillpathTUI
@testable import SkillpathUI

/// The generated width table against glibc's `wcwidth` (what ncursesw uses) under a UTF-8 locale.
///
/// Deliberate differences: none over the BMP with glibc 2.36 (Unicode 14 data on both sides).
/// Scalars the ``Sanitizer`` finds unsafe (controls, bidirectional controls) are -1 in
/// ``TextWidth`` whatever `wcwidth` says, so they are left out of the comparison.
@Suite(.serialized) struct TextWidthGlibcTests {
    @Test func tableAgreesWithWcwidthOverTheBMP() {
        #expect(Terminal.utf8Locale, "a UTF-8 locale is available")
        var differences: [String] = []
        for value in UInt32(0x20)...0xFFFF {
            guard let scalar = Unicode.Scalar(value), !Sanitizer.isUnsafe(scalar), value != 0x7F else { continue }
            let glibc = Int(wcwidth(wchar_t(bitPattern: value)))
            let table = TextWidth.width(of: scalar)
            if glibc != table { differences.append("U+\(String(value, radix: 16, uppercase: true)): wcwidth \(glibc), table \(table)") }
        }
        #expect(differences.isEmpty, "\(differences.count) differences, first: \(differences.prefix(20))")
    }
}
