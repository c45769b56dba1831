package com.accountgoals.standinchecks.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Reads the declarations of compiled stand-ins with ASM. Only what another package can link against
 * is read: public types, and their public and protected fields, constructors and methods. Private
 * and package-private members, synthetic members and static initialisers are left out.
 *
 * <p>Part of {@code stand-ins-checks}, not a stand-in: it mirrors no Atlassian type or member, so
 * it has no Atlassian page to cite. The pages each stand-in member was checked against are in
 * {@code stand-ins/LEDGER.tsv}.
 */
final class BytecodeDeclarations {

  private BytecodeDeclarations() {}

  static List<Declaration> in(Path classes) {
    try (Stream<Path> files = Files.walk(classes)) {
      List<Declaration> declarations = new ArrayList<>();
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        if (!file.getFileName().toString().equals("package-info.class")) {
          new ClassReader(Files.readAllBytes(file)).accept(new Reader(declarations), 0);
        }
      }
      return declarations.stream().sorted(Declaration.ORDER).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final class Reader extends ClassVisitor {
    private final List<Declaration> declarations;
    private String type;
    private boolean isInterface;
    private boolean linkable;

    Reader(List<Declaration> declarations) {
      super(Opcodes.ASM9);
      this.declarations = declarations;
    }

    @Override
    public void visit(
        int version,
        int access,
        String name,
        String signature,
        String superName,
        String[] interfaces) {
      type = name.replace('/', '.');
      isInterface = (access & Opcodes.ACC_INTERFACE) != 0;
      linkable = (access & Opcodes.ACC_PUBLIC) != 0 && (access & Opcodes.ACC_SYNTHETIC) == 0;
      if (linkable) {
        declarations.add(
            new Declaration(
                type,
                Declaration.TYPE,
                supertypes(superName, interfaces),
                typeAccess(access),
                orNone(signature),
                Declaration.NONE));
      }
    }

    @Override
    public FieldVisitor visitField(
        int access, String name, String descriptor, String signature, Object value) {
      if (linkable && isVisible(access)) {
        declarations.add(
            new Declaration(
                type,
                name,
                descriptor,
                visibility(access) + modifiers(access) + "field",
                orNone(signature),
                value == null ? Declaration.NONE : constant(descriptor, value)));
      }
      return null;
    }

    @Override
    public MethodVisitor visitMethod(
        int access, String name, String descriptor, String signature, String[] exceptions) {
      if (linkable && isVisible(access) && !name.equals("<clinit>")) {
        declarations.add(
            new Declaration(
                type,
                name,
                descriptor,
                visibility(access) + modifiers(access) + methodKind(access, name),
                orNone(signature),
                Declaration.NONE));
      }
      return null;
    }

    private String methodKind(int access, String name) {
      if (name.equals("<init>")) {
        return "constructor";
      }
      boolean concrete = (access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_STATIC)) == 0;
      return isInterface && concrete ? "default method" : "method";
    }
  }

  private static boolean isVisible(int access) {
    return (access & (Opcodes.ACC_PUBLIC | Opcodes.ACC_PROTECTED)) != 0
        && (access & Opcodes.ACC_SYNTHETIC) == 0;
  }

  private static String supertypes(String superName, String[] interfaces) {
    List<String> parts = new ArrayList<>();
    if (superName != null && !superName.equals("java/lang/Object")) {
      parts.add("extends " + superName);
    }
    if (interfaces.length > 0) {
      parts.add("implements " + String.join(",", interfaces));
    }
    return parts.isEmpty() ? Declaration.NONE : String.join(" ", parts);
  }

  private static String typeAccess(int access) {
    String visibility = visibility(access);
    if ((access & Opcodes.ACC_ANNOTATION) != 0) {
      return visibility + "@interface";
    }
    if ((access & Opcodes.ACC_INTERFACE) != 0) {
      return visibility + "interface";
    }
    if ((access & Opcodes.ACC_ENUM) != 0) {
      return visibility + "enum";
    }
    String kind = (access & Opcodes.ACC_ABSTRACT) != 0 ? "abstract " : "";
    kind += (access & Opcodes.ACC_FINAL) != 0 ? "final " : "";
    return visibility + kind + "class";
  }

  private static String visibility(int access) {
    if ((access & Opcodes.ACC_PUBLIC) != 0) {
      return "public ";
    }
    return (access & Opcodes.ACC_PROTECTED) != 0 ? "protected " : "";
  }

  private static String modifiers(int access) {
    StringBuilder modifiers = new StringBuilder();
    if ((access & Opcodes.ACC_STATIC) != 0) {
      modifiers.append("static ");
    }
    if ((access & Opcodes.ACC_FINAL) != 0) {
      modifiers.append("final ");
    }
    if ((access & Opcodes.ACC_ABSTRACT) != 0) {
      modifiers.append("abstract ");
    }
    if ((access & Opcodes.ACC_VARARGS) != 0) {
      modifiers.append("varargs ");
    }
    return modifiers.toString();
  }

  private static String constant(String descriptor, Object value) {
    if (value instanceof String text) {
      return '"'
          + text.replace("\\", "\\\\")
              .replace("\"", "\\\"")
              .replace("\t", "\\t")
              .replace("\n", "\\n")
              .replace("\r", "\\r")
          + '"';
    }
    if (descriptor.equals("Z")) {
      return Boolean.toString(((Integer) value) != 0);
    }
    if (descriptor.equals("C")) {
      return "'\\u" + String.format("%04x", (Integer) value) + "'";
    }
    return value.toString();
  }

  private static String orNone(String value) {
    return value == null ? Declaration.NONE : value;
  }
}
