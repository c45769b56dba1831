import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * Draws the icons of the app's issue types, 48 by 48 pixels as Jira keeps issue type avatars: a
 * target for Goal, a flag for Milestone, white on a rounded square of their own colour, so that
 * they read at 16 pixels in an issue list. Run from the repository's root:
 *
 * <pre>java tools/IssueTypeIcons.java plugin/src/main/resources/images/issuetypes</pre>
 */
public final class IssueTypeIcons {

  private static final int SIZE = 48;

  public static void main(String[] args) throws IOException {
    File folder = new File(args.length > 0 ? args[0] : ".");
    write(goal(), new File(folder, "goal.png"));
    write(milestone(), new File(folder, "milestone.png"));
  }

  /** A target: two white rings and a bull's eye on violet. */
  private static BufferedImage goal() {
    BufferedImage image = canvas(new Color(0x6554C0));
    Graphics2D g = pen(image);
    g.setStroke(new BasicStroke(4.5f));
    g.draw(new Ellipse2D.Double(8, 8, 32, 32));
    g.draw(new Ellipse2D.Double(16, 16, 16, 16));
    g.fill(new Ellipse2D.Double(21, 21, 6, 6));
    g.dispose();
    return image;
  }

  /** A flag on its pole, white on green. */
  private static BufferedImage milestone() {
    BufferedImage image = canvas(new Color(0x36B37E));
    Graphics2D g = pen(image);
    g.setStroke(new BasicStroke(4.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.drawLine(15, 9, 15, 40);
    Path2D flag = new Path2D.Double();
    flag.moveTo(17, 10);
    flag.lineTo(36, 10);
    flag.lineTo(30, 17.5);
    flag.lineTo(36, 25);
    flag.lineTo(17, 25);
    flag.closePath();
    g.fill(flag);
    g.dispose();
    return image;
  }

  private static BufferedImage canvas(Color background) {
    BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = pen(image);
    g.setColor(background);
    g.fill(new RoundRectangle2D.Double(0, 0, SIZE, SIZE, 10, 10));
    g.dispose();
    return image;
  }

  private static Graphics2D pen(BufferedImage image) {
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    g.setColor(Color.WHITE);
    return g;
  }

  private static void write(BufferedImage image, File file) throws IOException {
    if (!ImageIO.write(image, "png", file)) {
      throw new IOException("No PNG writer for " + file);
    }
  }
}
