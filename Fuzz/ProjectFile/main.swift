// libFuzzer target: the project-file parser (`berdaya.yaml` through Yams and ProjectFile).
//
// A ProjectFile.Failure or a YAML error is a fine answer. A crash, a hang, or an accepted input
// path outside the project folder (or its parent, which holds shared inputs) is a finding.
@testable import BerdayaCLI
import Foundation

private let parent = URL(fileURLWithPath: ScratchFile.folder).deletingLastPathComponent().path

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  _ = ScratchFile.write(UnsafeRawBufferPointer(start: data, count: size), name: "berdaya.yaml")
  guard let project = try? ProjectFile.load(folder: ScratchFile.folder) else { return 0 }
  for input in project.inputs {
    precondition(input.path.hasPrefix(parent + "/"), "input path \(input.path) left the project folder")
  }
  return 0
}
