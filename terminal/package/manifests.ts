/**
 * The manifests of a package, written from templates: imsmanifest.xml for SCORM 1.2 and SCORM 2004
 * (4th edition), cmi5.xml for cmi5. One item / AU per scenario; every file of the package listed.
 * Checked in CI with `xmllint --schema` against the official XSDs (tests/terminal/package.test.ts).
 */

/** One scenario of the package, as the manifests name it. */
export interface ManifestItem {
  /** A token safe in an XML ID (letters, digits, `-`, `_`, `.`). */
  key: string;
  title: string;
  description?: string;
  locale: string;
  /** The launch page, relative to the package root. */
  href: string;
  /** cmi5: the AU's activity id (an IRI). */
  activityId: string;
}

/** What every manifest needs. */
export interface ManifestInput {
  /** The package's identifier (safe in an XML ID). */
  id: string;
  title: string;
  /** cmi5: the course's activity id (an IRI). */
  courseId: string;
  items: ManifestItem[];
  /** Files shared by every launch page (the player's assets, package.js). */
  shared: string[];
  /** Files of one item only (its launch page and scenario script), by item key. */
  own: Record<string, string[]>;
}

/** Escapes text for an XML attribute or element. */
export function xml(text: string): string {
  return text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!,
  );
}

const files = (list: string[], indent: string) => list.map((f) => `${indent}<file href="${xml(f)}"/>`).join('\n');

/** imsmanifest.xml for SCORM 1.2 (IMS CP 1.1.2 + ADL CP 1.2). */
export function scorm12Manifest(p: ManifestInput): string {
  const items = p.items
    .map(
      (i) => `      <item identifier="item-${i.key}" identifierref="res-${i.key}" isvisible="true">
        <title>${xml(i.title)}</title>
      </item>`,
    )
    .join('\n');
  const resources = p.items
    .map(
      (i) => `    <resource identifier="res-${i.key}" type="webcontent" adlcp:scormtype="sco" href="${xml(i.href)}">
${files(p.own[i.key] ?? [], '      ')}
      <dependency identifierref="shared"/>
    </resource>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${p.id}" version="1"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="org">
    <organization identifier="org">
      <title>${xml(p.title)}</title>
${items}
    </organization>
  </organizations>
  <resources>
${resources}
    <resource identifier="shared" type="webcontent" adlcp:scormtype="asset">
${files(p.shared, '      ')}
    </resource>
  </resources>
</manifest>
`;
}

/** imsmanifest.xml for SCORM 2004 4th edition (IMS CP 1.1.4 + ADL CP 1.3). */
export function scorm2004Manifest(p: ManifestInput): string {
  const items = p.items
    .map(
      (i) => `      <item identifier="item-${i.key}" identifierref="res-${i.key}">
        <title>${xml(i.title)}</title>
      </item>`,
    )
    .join('\n');
  const resources = p.items
    .map(
      (i) => `    <resource identifier="res-${i.key}" type="webcontent" adlcp:scormType="sco" href="${xml(i.href)}">
${files(p.own[i.key] ?? [], '      ')}
      <dependency identifierref="shared"/>
    </resource>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${p.id}" version="1"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="org">
    <organization identifier="org">
      <title>${xml(p.title)}</title>
${items}
    </organization>
  </organizations>
  <resources>
${resources}
    <resource identifier="shared" type="webcontent" adlcp:scormType="asset">
${files(p.shared, '      ')}
    </resource>
  </resources>
</manifest>
`;
}

const langstring = (text: string, lang: string) => `<langstring lang="${xml(lang)}">${xml(text)}</langstring>`;

/** cmi5.xml (the cmi5 course structure): the course, then one AU per scenario, moveOn CompletedAndPassed. */
export function cmi5CourseStructure(p: ManifestInput): string {
  const lang = p.items[0]?.locale ?? 'en';
  const aus = p.items
    .map(
      (i) => `  <au id="${xml(i.activityId)}" moveOn="CompletedAndPassed" launchMethod="AnyWindow">
    <title>${langstring(i.title, i.locale)}</title>
    <description>${langstring(i.description ?? i.title, i.locale)}</description>
    <url>${xml(i.href)}</url>
  </au>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="${xml(p.courseId)}">
    <title>${langstring(p.title, lang)}</title>
    <description>${langstring(p.title, lang)}</description>
  </course>
${aus}
</courseStructure>
`;
}
