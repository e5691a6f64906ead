import Foundation
import SkillpathCore
import SkillpathInterop
import Testing

/// RFC 8785 (JCS), checked against the RFC's own examples.
@Suite struct CanonicalJSONTests {
    func canonical(_ text: String) throws -> String {
        try CanonicalJSON.string(JSONParser.parse(Array(text.utf8)))
    }

    /// RFC 8785 §3.2.2: the sample input and its canonical form.
    @Test func rfcPrimitiveExample() throws {
        let input = #"""
        {
          "numbers": [333333333.33333329, 1E30, 4.50,
                      2e-3, 0.000000000000000000000000001],
          "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
          "literals": [null, true, false]
        }
        """#
        let expected = #"{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\u000f\nA'B\"\\\\\"/"}"#
        #expect(try canonical(input) == expected)
    }

    /// RFC 8785 §3.2.3: members sorted by UTF-16 code units (so the emoji's surrogates sort before U+FB33).
    @Test func rfcSortingExample() throws {
        let input = #"""
        {
          "\u20ac": "Euro Sign",
          "\r": "Carriage Return",
          "\ufb33": "Hebrew Letter Dalet With Dagesh",
          "1": "One",
          "\ud83d\ude00": "Emoji: Grinning Face",
          "\u0080": "Control",
          "\u00f6": "Latin Small Letter O With Diaeresis"
        }
        """#
        let values = try JSONParser.parse(Array(canonical(input).utf8))
        guard case .object(let members) = values.kind else { Issue.record("not an object"); return }
        #expect(members.map { value in if case .string(let s) = value.value.kind { s } else { "" } } == [
            "Carriage Return", "One", "Control", "Latin Small Letter O With Diaeresis",
            "Euro Sign", "Emoji: Grinning Face", "Hebrew Letter Dalet With Dagesh",
        ])
    }

    /// RFC 8785 Appendix B: IEEE 754 bit patterns and their ECMAScript serialisation.
    @Test(arguments: [
        (0x0000000000000000, "0"), (0x8000000000000000, "0"),
        (0x0000000000000001, "5e-324"), (0x8000000000000001, "-5e-324"),
        (0x7fefffffffffffff, "1.7976931348623157e+308"), (0xffefffffffffffff, "-1.7976931348623157e+308"),
        (0x4340000000000000, "9007199254740992"), (0xc340000000000000, "-9007199254740992"),
        (0x4430000000000000, "295147905179352830000"),
        (0x44b52d02c7e14af5, "9.999999999999997e+22"), (0x44b52d02c7e14af6, "1e+23"),
        (0x44b52d02c7e14af7, "1.0000000000000001e+23"),
        (0x444b1ae4d6e2ef4e, "999999999999999700000"), (0x444b1ae4d6e2ef4f, "999999999999999900000"),
        (0x444b1ae4d6e2ef50, "1e+21"),
        (0x3eb0c6f7a0b5ed8c, "9.999999999999997e-7"), (0x3eb0c6f7a0b5ed8d, "0.000001"),
        (0x41b3de4355555553, "333333333.3333332"), (0x41b3de4355555554, "333333333.33333325"),
        (0x41b3de4355555555, "333333333.3333333"), (0x41b3de4355555556, "333333333.3333334"),
        (0x41b3de4355555557, "333333333.33333343"),
        (0xbecbf647612f3696, "-0.0000033333333333333333"),
        (0x43143ff3c1cb0959, "1424953923781206.2"),
    ] as [(UInt64, String)])
    func rfcNumberSamples(bits: UInt64, expected: String) throws {
        #expect(try CanonicalJSON.number(Double(bitPattern: bits)) == expected)
    }

    /// Appendix B's NaN and Infinity have no JSON form.
    @Test(arguments: [0x7fffffffffffffff, 0x7ff0000000000000] as [UInt64])
    func nonFiniteNumbersAreRefused(bits: UInt64) {
        #expect(throws: CanonicalJSON.Failure.self) { try CanonicalJSON.number(Double(bitPattern: bits)) }
    }

    @Test func duplicateKeysHaveNoCanonicalForm() {
        #expect(throws: CanonicalJSON.Failure.self) { try canonical(#"{"a": 1, "a": 2}"#) }
    }

    @Test func nestedValuesAreCanonicalAtEveryLevel() throws {
        #expect(try canonical(#"{ "b" : [ {"y":1.0,"x":"\u0001"} ], "a" : {} }"#) == #"{"a":{},"b":[{"x":"\u0001","y":1}]}"#)
    }
}
