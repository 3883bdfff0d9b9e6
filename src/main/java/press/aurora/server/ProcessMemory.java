package press.aurora.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** This process's resident memory now and at its peak (VmRSS and VmHWM of /proc/self/status), in MB. */
record ProcessMemory(long residentMegabytes, long peakMegabytes) {

    /** Null where there is no /proc (not Linux). */
    static ProcessMemory current() {
        try {
            long resident = -1;
            long peak = -1;
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    resident = kilobytes(line) / 1024;
                } else if (line.startsWith("VmHWM:")) {
                    peak = kilobytes(line) / 1024;
                }
            }
            return resident < 0 || peak < 0 ? null : new ProcessMemory(resident, peak);
        } catch (IOException | NumberFormatException e) {
            return null;
        }
    }

    private static long kilobytes(String line) {
        return Long.parseLong(line.replaceAll("\\D", ""));
    }
}
