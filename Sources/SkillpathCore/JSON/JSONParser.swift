/// A failure to read JSON text: what went wrong and the byte offset where.
public struct JSONSyntaxError: Error, Sendable {
    public var message: String
    public var offset: Int
}

/// A strict JSON parser (RFC 8259) that records each value's source offset.
///
/// It rejects bytes that are not UTF-8, numbers too large for a `Double`, and nesting deeper
/// than ``maximumDepth``, so hostile input gets an error rather than a crash.
public struct JSONParser {
    /// The deepest nesting of arrays and objects accepted.
    public static let maximumDepth = 200

    /// Parses a whole document.
    public static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONValue {
        if let bad = firstInvalidUTF8(bytes) {
            throw JSONSyntaxError(message: "the file is not valid UTF-8 (byte 0x\(String(bytes[bad], radix: 16, uppercase: true)))", offset: bad)
        }
        return try bytes.withUnsafeBufferPointer { buffer throws(JSONSyntaxError) in
            var parser = Scanner(bytes: buffer)
            var start = 0
            if buffer.count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF { start = 3 }
            parser.position = start
            parser.skipWhitespace()
            if parser.position >= buffer.count {
                throw JSONSyntaxError(message: buffer.isEmpty ? "the file is empty" : "the file holds no JSON value", offset: parser.position)
            }
            let value = try parser.parseValue(depth: 0)
            parser.skipWhitespace()
            if parser.position < buffer.count {
                throw JSONSyntaxError(message: "unexpected \(parser.describeCurrent()) after the JSON value", offset: parser.position)
            }
            return value
        }
    }

    /// The offset of the first byte that does not belong to valid UTF-8, or nil.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        if String(validating: bytes, as: UTF8.self) != nil { return nil }
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            let length: Int
            switch b {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return i
            }
            if i + length > bytes.count { return i }
            if String(validating: bytes[i..<i + length], as: UTF8.self) == nil { return i }
            i += length
        }
        return nil
    }

    private struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        var position = 0

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        mutating func skipWhitespace() {
            while position < bytes.count {
                switch bytes[position] {
                case 0x20, 0x0A, 0x0D, 0x09: position += 1
                default: return
                }
            }
        }

        func describeCurrent() -> String {
            guard position < bytes.count else { return "end of file" }
            let b = bytes[position]
            if b >= 0x21 && b < 0x7F { return "'\(Character(Unicode.Scalar(b)))'" }
            return "byte 0x\(String(b, radix: 16, uppercase: true))"
        }

        func fail(_ message: String, at offset: Int? = nil) -> JSONSyntaxError {
            JSONSyntaxError(message: message, offset: offset ?? position)
        }

        mutating func parseValue(depth: Int) throws(JSONSyntaxError) -> JSONValue {
            guard position < bytes.count else {
                throw fail("unexpected end of file: the JSON is cut short")
            }
            let start = position
            switch bytes[position] {
            case UInt8(ascii: "{"):
                guard depth < JSONParser.maximumDepth else {
                    throw fail("nesting deeper than \(JSONParser.maximumDepth) levels")
                }
                return try parseObject(depth: depth + 1)
            case UInt8(ascii: "["):
                guard depth < JSONParser.maximumDepth else {
                    throw fail("nesting deeper than \(JSONParser.maximumDepth) levels")
                }
                return try parseArray(depth: depth + 1)
            case UInt8(ascii: "\""):
                return JSONValue(.string(try parseString()), offset: start)
            case UInt8(ascii: "t"):
                try expectWord("true"); return JSONValue(.bool(true), offset: start)
            case UInt8(ascii: "f"):
                try expectWord("false"); return JSONValue(.bool(false), offset: start)
            case UInt8(ascii: "n"):
                try expectWord("null"); return JSONValue(.null, offset: start)
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                return JSONValue(.number(try parseNumber()), offset: start)
            default:
                throw fail("expected a JSON value but found \(describeCurrent())")
            }
        }

        mutating func expectWord(_ word: String) throws(JSONSyntaxError) {
            let start = position
            for expected in word.utf8 {
                guard position < bytes.count, bytes[position] == expected else {
                    throw fail("expected a JSON value but found \(describeCurrent())", at: start)
                }
                position += 1
            }
        }

        mutating func parseObject(depth: Int) throws(JSONSyntaxError) -> JSONValue {
            let start = position
            position += 1
            var members: [JSONValue.Member] = []
            skipWhitespace()
            if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
                position += 1
                return JSONValue(.object(members), offset: start)
            }
            while true {
                skipWhitespace()
                guard position < bytes.count else { throw fail("unexpected end of file inside an object: missing '}'") }
                guard bytes[position] == UInt8(ascii: "\"") else {
                    throw fail("expected a quoted key but found \(describeCurrent())")
                }
                let keyOffset = position
                let key = try parseString()
                skipWhitespace()
                guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else {
                    throw fail("expected ':' after key \"\(key)\" but found \(describeCurrent())")
                }
                position += 1
                skipWhitespace()
                let value = try parseValue(depth: depth)
                members.append(JSONValue.Member(key: key, keyOffset: keyOffset, value: value))
                skipWhitespace()
                guard position < bytes.count else { throw fail("unexpected end of file inside an object: missing '}'") }
                if bytes[position] == UInt8(ascii: ",") { position += 1; continue }
                if bytes[position] == UInt8(ascii: "}") { position += 1; break }
                throw fail("expected ',' or '}' in an object but found \(describeCurrent())")
            }
            return JSONValue(.object(members), offset: start)
        }

        mutating func parseArray(depth: Int) throws(JSONSyntaxError) -> JSONValue {
            let start = position
            position += 1
            var elements: [JSONValue] = []
            skipWhitespace()
            if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
                position += 1
                return JSONValue(.array(elements), offset: start)
            }
            while true {
                skipWhitespace()
                elements.append(try parseValue(depth: depth))
                skipWhitespace()
                guard position < bytes.count else { throw fail("unexpected end of file inside an array: missing ']'") }
                if bytes[position] == UInt8(ascii: ",") { position += 1; continue }
                if bytes[position] == UInt8(ascii: "]") { position += 1; break }
                throw fail("expected ',' or ']' in an array but found \(describeCurrent())")
            }
            return JSONValue(.array(elements), offset: start)
        }

        mutating func parseString() throws(JSONSyntaxError) -> String {
            let start = position
            position += 1
            let contentStart = position
            // Fast path: no escapes.
            while position < bytes.count {
                let b = bytes[position]
                if b == UInt8(ascii: "\"") {
                    let s = String(decoding: UnsafeBufferPointer(rebasing: bytes[contentStart..<position]), as: UTF8.self)
                    position += 1
                    return s
                }
                if b == UInt8(ascii: "\\") { break }
                if b < 0x20 { throw fail("a control character (0x\(String(b, radix: 16))) inside a string must be escaped") }
                position += 1
            }
            var scalars = Array(UnsafeBufferPointer(rebasing: bytes[contentStart..<position]))
            while position < bytes.count {
                let b = bytes[position]
                switch b {
                case UInt8(ascii: "\""):
                    position += 1
                    return String(decoding: scalars, as: UTF8.self)
                case UInt8(ascii: "\\"):
                    position += 1
                    guard position < bytes.count else { break }
                    let e = bytes[position]
                    position += 1
                    switch e {
                    case UInt8(ascii: "\""): scalars.append(0x22)
                    case UInt8(ascii: "\\"): scalars.append(0x5C)
                    case UInt8(ascii: "/"): scalars.append(0x2F)
                    case UInt8(ascii: "b"): scalars.append(0x08)
                    case UInt8(ascii: "f"): scalars.append(0x0C)
                    case UInt8(ascii: "n"): scalars.append(0x0A)
                    case UInt8(ascii: "r"): scalars.append(0x0D)
                    case UInt8(ascii: "t"): scalars.append(0x09)
                    case UInt8(ascii: "u"):
                        var code = try hex4()
                        if (0xD800...0xDBFF).contains(code) {
                            if position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") {
                                position += 2
                                let low = try hex4()
                                if (0xDC00...0xDFFF).contains(low) {
                                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                                } else { code = 0xFFFD }
                            } else { code = 0xFFFD }
                        } else if (0xDC00...0xDFFF).contains(code) { code = 0xFFFD }
                        let scalar = Unicode.Scalar(code) ?? "\u{FFFD}"
                        scalars.append(contentsOf: Array(String(Character(scalar)).utf8))
                    default:
                        throw fail("unknown escape '\\\(Character(Unicode.Scalar(e)))' in a string", at: position - 2)
                    }
                default:
                    if b < 0x20 { throw fail("a control character (0x\(String(b, radix: 16))) inside a string must be escaped") }
                    scalars.append(b)
                    position += 1
                }
            }
            throw fail("unexpected end of file inside a string: missing closing '\"'", at: start)
        }

        mutating func hex4() throws(JSONSyntaxError) -> UInt32 {
            var value: UInt32 = 0
            for _ in 0..<4 {
                guard position < bytes.count else { throw fail("unexpected end of file in a \\u escape") }
                let b = bytes[position]
                let digit: UInt32
                switch b {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(b - UInt8(ascii: "0"))
                case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(b - UInt8(ascii: "a") + 10)
                case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(b - UInt8(ascii: "A") + 10)
                default: throw fail("a \\u escape needs four hex digits")
                }
                value = value * 16 + digit
                position += 1
            }
            return value
        }

        mutating func parseNumber() throws(JSONSyntaxError) -> Double {
            let start = position
            var isInteger = true
            if bytes[position] == UInt8(ascii: "-") { position += 1 }
            func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
            guard position < bytes.count, isDigit(bytes[position]) else { throw fail("a number needs digits", at: start) }
            if bytes[position] == UInt8(ascii: "0") {
                position += 1
                if position < bytes.count, isDigit(bytes[position]) { throw fail("numbers may not have leading zeros", at: start) }
            } else {
                while position < bytes.count, isDigit(bytes[position]) { position += 1 }
            }
            if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
                isInteger = false
                position += 1
                guard position < bytes.count, isDigit(bytes[position]) else { throw fail("a number needs digits after '.'", at: start) }
                while position < bytes.count, isDigit(bytes[position]) { position += 1 }
            }
            if position < bytes.count, bytes[position] == UInt8(ascii: "e") || bytes[position] == UInt8(ascii: "E") {
                isInteger = false
                position += 1
                if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") { position += 1 }
                guard position < bytes.count, isDigit(bytes[position]) else { throw fail("a number needs digits in its exponent", at: start) }
                while position < bytes.count, isDigit(bytes[position]) { position += 1 }
            }
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
            if isInteger, text.utf8.count < 16, let small = Int(text) { return Double(small) }
            guard let value = Double(text), value.isFinite else {
                throw fail("the number \(text.prefix(40))\(text.count > 40 ? "…" : "") is too large", at: start)
            }
            return value
        }
    }
}
