package dev.wanr2v.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wanr2v.ProviderInfo;
import dev.wanr2v.R2v;
import dev.wanr2v.spi.AccountLimits;
import dev.wanr2v.spi.Capabilities;
import dev.wanr2v.spi.ConfigOption;
import dev.wanr2v.testkit.emulator.Emulators;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;

/** {@code providers}: what is installed, what each can do, how to configure it. */
@Command(name = "providers", description = "List the providers found, with what each can do and how to configure it.")
final class ProvidersCommand extends BaseCommand {
    @Override
    protected int run(Output output) {
        List<ProviderInfo> providers = R2v.providers();
        Set<String> emulated = Emulators.providerIds();
        ArrayNode list = Json.MAPPER.createArrayNode();
        for (ProviderInfo p : providers) {
            Capabilities c = p.capabilities();
            output.result(p.id() + "  " + p.displayName() + (emulated.contains(p.id()) ? "  (built-in emulator: --emulate)" : ""));
            output.result("  serves:   tiers " + c.tiers() + ", " + c.durationsText() + " s, up to " + c.maxReferences()
                    + " references (" + c.maxImages() + " images, " + c.maxVideos() + " videos; kinds "
                    + c.referenceKinds() + ", order " + c.referenceOrder() + ")");
            output.result("  media:    URLs" + (c.dataUris() ? ", data URIs of " + c.dataUriKinds() : "")
                    + "; local files: " + localFiles(c));
            output.result("  features: " + c.features());
            output.result("  account:  " + c.accountLimits().describe());
            output.result("            a raised quota: WAN_R2V_CREATE_RATE, WAN_R2V_QUERY_RATE, WAN_R2V_RUNNING_TASKS");
            output.result("  options:");
            for (ConfigOption o : p.configOptions()) {
                output.result("    " + String.format("%-10s", o.name()) + " " + o.description()
                        + (o.required() ? " [required]" : "") + (o.defaultValue() != null ? " [default " + o.defaultValue() + "]" : ""));
                output.result("    " + " ".repeat(10) + " --option " + o.name() + "=..., -D" + o.systemProperty(p.id())
                        + (o.envVars().isEmpty() ? "" : ", " + String.join(", ", o.envVars())));
            }
            output.result("");
            list.add(json(p, emulated.contains(p.id())));
        }
        if (providers.isEmpty()) {
            output.message("wan-r2v: no provider found on the class path");
        }
        ObjectNode root = Json.object();
        root.set("providers", list);
        output.resultJson(root);
        return ExitCodes.OK;
    }

    private static String localFiles(Capabilities c) {
        return switch (c.localMedia()) {
            case DATA_URI -> "streamed as data URIs";
            case PROVIDER_UPLOAD -> "uploaded to the vendor's storage";
            case NONE -> "refused (public URLs only, unless a MediaUploader is configured)";
        };
    }

    private static ObjectNode json(ProviderInfo p, boolean emulator) {
        Capabilities c = p.capabilities();
        ObjectNode n = Json.object().put("id", p.id()).put("name", p.displayName()).put("class", p.className())
                .put("emulator", emulator);
        ObjectNode caps = n.putObject("capabilities");
        caps.putPOJO("tiers", c.tiers().stream().map(Enum::name).toList());
        caps.putPOJO("durations", List.copyOf(c.durations()));
        caps.putPOJO("sizes", c.sizes().stream().map(Object::toString).toList());
        caps.put("maxReferences", c.maxReferences()).put("maxImages", c.maxImages()).put("maxVideos", c.maxVideos());
        caps.putPOJO("referenceKinds", c.referenceKinds().stream().map(Enum::name).toList());
        caps.put("referenceOrder", c.referenceOrder().name()).put("localMedia", c.localMedia().name());
        caps.putPOJO("dataUriKinds", c.dataUriKinds().stream().map(Enum::name).toList());
        caps.putPOJO("features", c.features().stream().map(Enum::name).collect(Collectors.toList()));
        AccountLimits l = c.accountLimits();
        caps.putObject("accountLimits").put("createsPerSecond", l.createsPerSecond())
                .put("queriesPerSecond", l.queriesPerSecond()).put("runningTasks", l.runningTasks())
                .put("vendorQueue", l.vendorQueue()).put("documented", l.documented());
        ArrayNode options = n.putArray("options");
        for (ConfigOption o : p.configOptions()) {
            ObjectNode on = options.addObject().put("name", o.name()).put("description", o.description())
                    .put("required", o.required()).put("secret", o.secret()).put("systemProperty", o.systemProperty(p.id()));
            on.put("default", o.defaultValue());
            on.putPOJO("environment", o.envVars());
        }
        return n;
    }
}
