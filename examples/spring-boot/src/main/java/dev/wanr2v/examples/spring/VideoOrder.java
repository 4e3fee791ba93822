package dev.wanr2v.examples.spring;

import dev.wanr2v.R2vRequest;
import java.util.List;

/**
 * What a client of this service posts: {@code {"prompt": "character1 waves", "images": ["https://..."]}}.
 * Everything but the prompt is optional; wan-r2v's defaults apply (FLASH, 1920*1080, 5 s).
 *
 * @param prompt   names the references as character1, character2, ... in order: images first, then videos
 * @param images   public URLs of reference images
 * @param videos   public URLs of reference videos
 * @param size     e.g. {@code 1280*720}
 * @param duration seconds
 */
public record VideoOrder(String prompt, List<String> images, List<String> videos, String size, Integer duration) {

    /** The neutral request; wan-r2v validates it (all broken rules at once) before anything is sent. */
    R2vRequest toRequest() {
        R2vRequest.Builder request = R2vRequest.builder().prompt(prompt);
        if (images != null) {
            images.forEach(request::image);
        }
        if (videos != null) {
            videos.forEach(request::video);
        }
        if (size != null) {
            request.size(size);
        }
        if (duration != null) {
            request.duration(duration);
        }
        return request.build();
    }
}
