//! A plot saved as PNG: its rectangle cut from the window's screenshot and
//! encoded with `png` (already built for eframe's icons).

use egui::{ColorImage, Rect};

use crate::t;

/// The part of `image` (the whole window, in pixels) under `rect` (in
/// points), as PNG bytes.
pub fn png_of(image: &ColorImage, rect: Rect, pixels_per_point: f32) -> Result<Vec<u8>, String> {
    let [width, height] = image.size;
    let pixel = |value: f32, limit: usize| {
        ((value * pixels_per_point).round().max(0.0) as usize).min(limit)
    };
    let (left, right) = (pixel(rect.min.x, width), pixel(rect.max.x, width));
    let (top, bottom) = (pixel(rect.min.y, height), pixel(rect.max.y, height));
    if right <= left || bottom <= top {
        return Err(t!("plots-not-on-screen"));
    }
    let mut bytes = Vec::with_capacity((right - left) * (bottom - top) * 4);
    for row in top..bottom {
        let start = row * width;
        for colour in image
            .pixels
            .get(start + left..start + right)
            .unwrap_or_default()
        {
            bytes.extend_from_slice(&colour.to_srgba_unmultiplied());
        }
    }
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, (right - left) as u32, (bottom - top) as u32);
    encoder.set_color(png::ColorType::Rgba);
    encoder.set_depth(png::BitDepth::Eight);
    let failed = |error: png::EncodingError| t!("plots-image-failed", error = error.to_string());
    let mut writer = encoder.write_header().map_err(failed)?;
    writer.write_image_data(&bytes).map_err(failed)?;
    writer.finish().map_err(failed)?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui::{Color32, pos2};

    #[test]
    fn the_plots_rectangle_is_cut_at_the_screens_scale() {
        // A 4×2 point window at 2 pixels a point: 8×4 pixels, the right half red.
        let mut image = ColorImage::filled([8, 4], Color32::WHITE);
        for row in 0..4 {
            for column in 4..8 {
                image.pixels[row * 8 + column] = Color32::RED;
            }
        }
        let rect = Rect::from_min_max(pos2(2.0, 0.0), pos2(4.0, 2.0));
        let bytes = png_of(&image, rect, 2.0).expect("encoded");
        let decoder = png::Decoder::new(std::io::Cursor::new(bytes));
        let mut reader = decoder.read_info().expect("a PNG");
        let mut pixels = vec![0; reader.output_buffer_size().expect("a size")];
        let info = reader.next_frame(&mut pixels).expect("a frame");
        assert_eq!((info.width, info.height), (4, 4));
        assert_eq!(&pixels[..4], &[255, 0, 0, 255]);
        // Partly off screen: cut at the edge; wholly off: said in words.
        assert!(png_of(&image, rect.translate(egui::vec2(1.0, 0.0)), 2.0).is_ok());
        let off = png_of(&image, rect.translate(egui::vec2(10.0, 0.0)), 2.0);
        assert!(off.is_err_and(|why| why.contains("not on screen")));
    }
}
