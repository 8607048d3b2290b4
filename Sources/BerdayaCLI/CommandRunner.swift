import ArgumentParser
import BerdayaImport
import Foundation

/// Runs a command body and turns expected failures into one line on stderr and exit code 1.
///
/// Exit codes: 0 success; 1 an input or project file could not be read; 64 bad arguments
/// (argument-parser's validation); 70 an internal consistency check failed.
enum CommandRunner {
  static func run(_ body: () throws -> Void) throws {
    do {
      try body()
    } catch let error as ExitCode {
      throw error
    } catch let error as ValidationError {
      throw error
    } catch {
      FileHandle.standardError.write(Data("berdaya: \(error)\n".utf8))
      throw ExitCode.failure
    }
  }
}
