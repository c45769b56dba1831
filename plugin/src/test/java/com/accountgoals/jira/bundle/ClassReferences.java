package com.accountgoals.jira.bundle;

import java.util.Set;
import java.util.TreeSet;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.commons.ClassRemapper;
import org.objectweb.asm.commons.Remapper;

/** What a class file refers to: other classes, and the string constants in its code. */
final class ClassReferences {

  private ClassReferences() {}

  /** The packages of all classes {@code classFile} refers to (descriptors, signatures, code). */
  static Set<String> packagesUsedBy(byte[] classFile) {
    Set<String> packages = new TreeSet<>();
    Remapper collector =
        new Remapper() {
          @Override
          public String map(String internalName) {
            int slash = internalName.lastIndexOf('/');
            if (slash > 0 && !internalName.startsWith("[")) {
              packages.add(internalName.substring(0, slash).replace('/', '.'));
            }
            return internalName;
          }
        };
    new ClassReader(classFile)
        .accept(new ClassRemapper(new ClassVisitor(Opcodes.ASM9) {}, collector), 0);
    return packages;
  }

  /** The string constants of {@code classFile} that start with {@code prefix}. */
  static Set<String> stringConstants(byte[] classFile, String prefix) {
    Set<String> strings = new TreeSet<>();
    ClassReader reader = new ClassReader(classFile);
    char[] buffer = new char[reader.getMaxStringLength()];
    for (int i = 1; i < reader.getItemCount(); i++) {
      int offset = reader.getItem(i);
      // CONSTANT_String (8) entries point at the UTF-8 text that code loads with ldc.
      if (offset > 0 && classFile[offset - 1] == 8) {
        String value = reader.readUTF8(offset, buffer);
        if (value != null && value.startsWith(prefix)) {
          strings.add(value);
        }
      }
    }
    return strings;
  }
}
