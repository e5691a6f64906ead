import CNcursesw
import Foundation

/// Copying to the clipboard with OSC 52, which the terminal (or tmux, with `set-clipboard on`)
/// passes to the system clipboard when it allows programs to set it.
extension Terminal {
    /// The OSC 52 sequence that sets the clipboard to `text`: `ESC ] 52 ; c ; <base64> ESC \`.
    public static func osc52(_ text: String) -> [UInt8] {
        Array("\u{1B}]52;c;".utf8) + Array(Data(text.utf8).base64EncodedString().utf8) + [0x1B, 0x5C]
    }

    /// Sets the clipboard to `text` (the caller sanitised it), through the terminal's own output
    /// after curses has flushed its frame.
    public func copyToClipboard(_ text: String) {
        writeRaw(Self.osc52(text))
    }
}
