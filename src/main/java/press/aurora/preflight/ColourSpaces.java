package press.aurora.preflight;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.pdfbox.pdmodel.graphics.color.PDCalRGB;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceN;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.color.PDICCBased;
import org.apache.pdfbox.pdmodel.graphics.color.PDIndexed;
import org.apache.pdfbox.pdmodel.graphics.color.PDSeparation;

/** How a printer sees a colour space: process colour, RGB to be converted, or extra spot plates. */
final class ColourSpaces {

    enum Kind {
        /** Prints on the process plates as it is: DeviceCMYK, DeviceGray, CalGray, Lab, CMYK or grey ICC. */
        PROCESS,
        /** DeviceRGB, CalRGB, a 3-component ICC profile, or indexed on one of these. */
        RGB,
        /** A Separation or DeviceN naming a colorant other than the four process inks. */
        SPOT
    }

    /** Colorant names that are no extra plate: the process inks, every plate, and none. */
    private static final Set<String> PROCESS_COLORANTS = Set.of("Cyan", "Magenta", "Yellow", "Black", "All", "None");
    private static final int RGB_COMPONENTS = 3;

    private ColourSpaces() {
    }

    static Kind kindOf(PDColorSpace space) {
        if (space instanceof PDIndexed indexed) {
            return kindOf(indexed.getBaseColorSpace());
        }
        if (space instanceof PDDeviceRGB || space instanceof PDCalRGB) {
            return Kind.RGB;
        }
        if (space instanceof PDICCBased icc) {
            return icc.getNumberOfComponents() == RGB_COMPONENTS ? Kind.RGB : Kind.PROCESS;
        }
        return spotColorants(space).isEmpty() ? Kind.PROCESS : Kind.SPOT;
    }

    /** The colorants of a Separation or DeviceN that need a plate of their own. */
    static List<String> spotColorants(PDColorSpace space) {
        List<String> colorants;
        if (space instanceof PDSeparation separation) {
            colorants = List.of(separation.getColorantName());
        } else if (space instanceof PDDeviceN deviceN) {
            colorants = deviceN.getColorantNames();
        } else {
            return List.of();
        }
        return colorants.stream().filter(name -> !PROCESS_COLORANTS.contains(name)).toList();
    }

    /** The colour space as a printer names it: {@code DeviceRGB}, {@code ICCBased RGB}, {@code Indexed DeviceRGB}. */
    static String describe(PDColorSpace space) {
        if (space instanceof PDIndexed indexed) {
            return "Indexed " + describe(indexed.getBaseColorSpace());
        }
        if (space instanceof PDICCBased icc && icc.getNumberOfComponents() == RGB_COMPONENTS) {
            return "ICCBased RGB";
        }
        return space.getName();
    }

    /** {@code spot colour "PANTONE 185 C" (Separation)}, naming every spot colorant. */
    static String describeSpot(PDColorSpace space) {
        List<String> spots = spotColorants(space);
        String names = spots.stream().map(name -> "\"" + name + "\"").collect(Collectors.joining(", "));
        return (spots.size() == 1 ? "spot colour " : "spot colours ") + names + " (" + space.getName() + ")";
    }
}
