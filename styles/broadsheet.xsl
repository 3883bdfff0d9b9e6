<?xml version="1.0" encoding="UTF-8"?>
<!--
  Aurora broadsheet: the edition XML written by press.aurora.fo.ModelXmlWriter, to XSL-FO.

  Input vocabulary (no namespace):
    issue[@id @edition @lang @language @country @proof?]
      proof[@mark]?                             only in proofs (fuzzy translations printed): the mark on every page
      masthead[@title @subtitle @number @date @edition @pages @price]
      footer[@title @date @edition @page @number-format]
                                                @page holds U+E000 where the page number goes; @number-format
                                                is the number one in the locale's digits (1, ۱), the page numbers' format
      article[@id @role]                        role: lead | article | letters | about
        kicker? title standfirst? byline?       inline content
        body: h[@level] | p | quote | list[@ordered]/item[@label] | table/row[@header]/cell | break
              | pullquote | sidebar[title?, blocks] | figure[@src, @screen-src, @width, @width-mm, @height-mm?](alt, caption?, credit?)
        notes[@title]/note[@n]                  blocks
      contact[@title]/line
    inline content: text, em, strong, sup, sub, code, link[@href], note-ref[@n], br
    src:at="file:line:column" on articles and blocks: where the text came from (Markdown or PO file).
      Every template that makes a block of one copies it (xsl:copy-of select="@src:at"), so that the
      program can name that line in the font check and in FOP's layout messages; it is taken off
      before the FO reaches FOP.

  Parameters (set per edition by press.aurora.fo.FoStylesheet): page size in mm, body columns, and the
  language's writing system (press.aurora.config.WritingSystem): writing mode, script, hyphenation, letter
  spacing. A right-to-left edition is mirrored by the writing mode alone: every side below is named
  start/end, never left/right, so columns, masthead, footer, lists, tables and boxes follow the direction.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fox="http://xmlgraphics.apache.org/fop/extensions"
    xmlns:src="urn:aurora-press:source"
    xmlns:a="urn:aurora-press:stylesheet"
    exclude-result-prefixes="xs a">

  <xsl:output method="xml" indent="no" encoding="UTF-8"/>

  <xsl:param name="page-width-mm" as="xs:double" select="297"/>
  <xsl:param name="page-height-mm" as="xs:double" select="420"/>
  <xsl:param name="columns" as="xs:integer" select="5"/>
  <xsl:param name="margin-mm" as="xs:double" select="14"/>
  <xsl:param name="margin-bottom-mm" as="xs:double" select="10"/>
  <xsl:param name="footer-mm" as="xs:double" select="12"/>
  <!-- the height of the text area: the page less its margins and the footer (decided by PageGeometry) -->
  <xsl:param name="body-height-mm" as="xs:double" select="384"/>
  <xsl:param name="column-gap-mm" as="xs:double" select="5"/>
  <!-- print: CMYK, bleed and crop offset for the printer; screen: RGB, live links, bookmarks -->
  <xsl:param name="variant" as="xs:string" select="'print'"/>
  <xsl:param name="bleed-mm" as="xs:double" select="3"/>
  <xsl:param name="crop-offset-mm" as="xs:double" select="10"/>
  <!-- true when the issue is shorter than its pages: the back-page box then fills the last page on its own -->
  <xsl:param name="back-page-alone" as="xs:boolean" select="false()"/>
  <!-- how many reserve articles (role reserve, in order) this edition prints -->
  <xsl:param name="reserve-used" as="xs:integer" select="0"/>
  <!-- The copyfit: the edition's typography within the limits of styles/copyfit.yaml, decided by
       press.aurora.config.CopyfitLimits (the design's values unless the edition had to be fitted). -->
  <xsl:param name="body-size-pt" as="xs:double" required="yes"/>
  <xsl:param name="body-leading-pt" as="xs:double" required="yes"/>
  <xsl:param name="heading-space-mm" as="xs:double" required="yes"/>
  <xsl:param name="article-space-mm" as="xs:double" required="yes"/>
  <xsl:param name="paragraph-space-mm" as="xs:double" required="yes"/>
  <xsl:param name="pullquote-size-pt" as="xs:double" required="yes"/>
  <xsl:param name="figure-width-percent" as="xs:double" required="yes"/>
  <!-- ids of articles to start on a new page (the build found their headline stranded at a page foot) -->
  <xsl:param name="new-page-articles" as="xs:string" select="''"/>
  <!-- The writing system (press.aurora.config.WritingSystem): lr-tb or rl-tb, ISO 15924 script, hyphenation,
       letter spacing (never in joined scripts). -->
  <xsl:param name="writing-mode" as="xs:string" select="'lr-tb'"/>
  <xsl:param name="script" as="xs:string" select="'Latn'"/>
  <xsl:param name="hyphenate" as="xs:boolean" select="true()"/>
  <xsl:param name="letter-spacing" as="xs:boolean" select="true()"/>

  <!-- Type follows the paper: large formats (A3, tabloid; decided by PaperSize) get larger type. -->
  <xsl:param name="large-format" as="xs:boolean" select="true()"/>
  <xsl:variable name="large" select="$large-format"/>
  <xsl:variable name="margin" select="concat($margin-mm, 'mm')"/>
  <xsl:variable name="body-size" select="concat($body-size-pt, 'pt')"/>
  <xsl:variable name="body-leading" select="concat($body-leading-pt, 'pt')"/>
  <!-- The letters column is set smaller, as newspapers do. -->
  <xsl:variable name="letters-size" select="concat(round(($body-size-pt - (if ($large) then 0.6 else 0.5)) * 100) div 100, 'pt')"/>
  <xsl:variable name="letters-leading" select="concat(round(($body-leading-pt - (if ($large) then 0.8 else 0.6)) * 100) div 100, 'pt')"/>
  <xsl:variable name="column-gap" select="concat($column-gap-mm, 'mm')"/>
  <!-- Fonts: Noto Serif (text) and Roboto Condensed (display) for Latin; another script's font goes first
       in each list (styles/fop.xconf registers them all). Latin words inside that script keep their Latin
       font: a:runs sets each in an fo:inline of its own (FOP's per-character fallback along a list
       misplaces the fallback font's baseline in mixed right-to-left lines). -->
  <xsl:variable name="latin-serif">Noto Serif</xsl:variable>
  <xsl:variable name="latin-sans">Roboto Condensed</xsl:variable>
  <xsl:variable name="script-font" as="xs:string?" select="map {'Arab': 'Vazirmatn'}($script)"/>
  <!-- Last in every list: a character neither font has (an arrow, a maths sign, a shape; a letter of a script
       such as Armenian or Georgian) is set in DejaVu Sans rather than failing the build (fonts/dejavu/SOURCE.txt). -->
  <xsl:variable name="symbol-font">DejaVu Sans</xsl:variable>
  <xsl:variable name="serif" select="string-join(($script-font, $latin-serif, $symbol-font), ', ')"/>
  <xsl:variable name="sans" select="string-join(($script-font, $latin-sans, $symbol-font), ', ')"/>
  <!-- A Latin word: Latin letters and digits, with the ASCII punctuation inside it (a URL, an e-mail address,
       a hyphenated name). It is never broken across lines: at a line end, the bidi algorithm would set its
       broken-off punctuation on the wrong side. -->
  <xsl:variable name="latin-word" select="'[A-Za-z0-9&#xC0;-&#x24F;&#x1E00;-&#x1EFF;]+([!-/:-@\[-`{-~&#xB7;]+[A-Za-z0-9&#xC0;-&#x24F;&#x1E00;-&#x1EFF;]+)*'"/>
  <!-- In print every colour is CMYK and text is pure black (0/0/0/100); on screen, their RGB look-alikes. -->
  <!-- An edition printed with black ink only (ink: black in editions.yaml) gets every colour as a tint of black. -->
  <xsl:param name="ink" as="xs:string" select="'cmyk'"/>
  <xsl:variable name="print" select="$variant = 'print'"/>
  <xsl:variable name="black-only" select="$print and $ink = 'black'"/>
  <xsl:variable name="black" select="if ($print) then 'cmyk(0,0,0,1)' else '#1a1a1a'"/>
  <xsl:variable name="red" select="if ($black-only) then 'cmyk(0,0,0,0.8)' else if ($print) then 'cmyk(0,0.95,0.85,0.05)' else '#d4202b'"/>
  <xsl:variable name="grey" select="if ($print) then 'cmyk(0,0,0,0.6)' else '#666666'"/>
  <xsl:variable name="tint" select="if ($black-only) then 'cmyk(0,0,0,0.06)' else if ($print) then 'cmyk(0,0.04,0.08,0.02)' else '#f7f0e6'"/>
  <xsl:variable name="proof-grey" select="if ($print) then 'cmyk(0,0,0,0.2)' else '#cccccc'"/>

  <!-- An address in the text: a URL (https://..., www....) or an e-mail address, without the punctuation after it. -->
  <xsl:variable name="address" select="'(https?://|www\.)[^\s&lt;&gt;&quot;“”‘’«»]*[^\s&lt;&gt;&quot;“”‘’«».,;:!?)\]]|[\p{L}\p{N}._%+\-]+@[\p{L}\p{N}\-]+(\.[\p{L}\p{N}\-]+)+'"/>

  <!-- Text in the edition's fonts; in a non-Latin edition, each Latin word in $latin-font. A long address (25
       characters or more) never gets a hyphen at a line end (it would read as part of it): it breaks after a slash,
       @, ?, &, = or # and before a dot, where a zero-width space is put, as newspapers print addresses, and where
       hyphenation would break a word of it, without a hyphen. (A shorter one is set as any word: marked so, the
       sample's e-mail addresses broke at a line end where they had moved to the next line whole.) -->
  <xsl:function name="a:runs" as="item()*">
    <xsl:param name="text" as="xs:string"/>
    <xsl:param name="latin-font" as="xs:string"/>
    <xsl:choose>
      <xsl:when test="empty($script-font) and not(matches($text, '://|www\.|@'))"><xsl:value-of select="$text"/></xsl:when>
      <xsl:when test="empty($script-font)">
        <xsl:analyze-string select="$text" regex="{$address}">
          <xsl:matching-substring>
            <xsl:choose>
              <!-- a short address moves to the next line whole, as any word -->
              <xsl:when test="string-length(.) lt 25"><xsl:value-of select="."/></xsl:when>
              <xsl:otherwise>
                <!-- FOP reads hyphenate from the block, but the hyphenation character from the text: invisible here -->
                <fo:inline hyphenation-character="&#x200B;">
                  <xsl:value-of select="replace(replace(., '(/+|[@?&amp;=#])', '$1&#x200B;'), '([^.])\.', '$1&#x200B;.')"/>
                </fo:inline>
              </xsl:otherwise>
            </xsl:choose>
          </xsl:matching-substring>
          <xsl:non-matching-substring><xsl:value-of select="."/></xsl:non-matching-substring>
        </xsl:analyze-string>
      </xsl:when>
      <xsl:otherwise>
        <xsl:analyze-string select="$text" regex="{$latin-word}">
          <xsl:matching-substring>
            <fo:inline font-family="{$latin-font}" keep-together.within-line="always"><xsl:value-of select="."/></fo:inline>
          </xsl:matching-substring>
          <xsl:non-matching-substring><xsl:value-of select="."/></xsl:non-matching-substring>
        </xsl:analyze-string>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- Spacing between letters, where the script allows it. -->
  <xsl:function name="a:tracking" as="xs:string">
    <xsl:param name="spacing" as="xs:string"/>
    <xsl:sequence select="if ($letter-spacing) then $spacing else '0'"/>
  </xsl:function>

  <xsl:template match="/issue">
    <fo:root font-family="{$serif}" font-size="{$body-size}" line-height="{$body-leading}" writing-mode="{$writing-mode}"
             color="{$black}" language="{@language}" country="{@country}" xml:lang="{@lang}">
      <fo:layout-master-set>
        <fo:simple-page-master master-name="page"
            page-width="{$page-width-mm}mm" page-height="{$page-height-mm}mm"
            margin-top="{$margin}" margin-bottom="{$margin-bottom-mm}mm"
            margin-left="{$margin}" margin-right="{$margin}">
          <xsl:if test="$print">
            <xsl:attribute name="fox:bleed" select="concat($bleed-mm, 'mm')"/>
            <xsl:attribute name="fox:crop-offset" select="concat($crop-offset-mm, 'mm')"/>
          </xsl:if>
          <fo:region-body column-count="{$columns}" column-gap="{$column-gap}" margin-bottom="{$footer-mm}mm"/>
          <xsl:if test="proof">
            <!-- proofs only: a region over the whole page for the PROOF mark; the body's layout does not change -->
            <fo:region-before extent="{$page-height-mm - 40}mm" display-align="center"/>
          </xsl:if>
          <fo:region-after extent="{$footer-mm - 4}mm"/>
        </fo:simple-page-master>
      </fo:layout-master-set>
      <xsl:if test="not($print)">
        <!-- PDF/A wants dc:title as a language alternative; FOP writes the user agent's title as plain text -->
        <fo:declarations>
          <x:xmpmeta xmlns:x="adobe:ns:meta/">
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
              <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
                <dc:title>
                  <rdf:Alt>
                    <rdf:li xml:lang="x-default">
                      <xsl:value-of select="concat(masthead/@title, ' ', masthead/@number, ' · ', masthead/@edition)"/>
                    </rdf:li>
                  </rdf:Alt>
                </dc:title>
              </rdf:Description>
            </rdf:RDF>
          </x:xmpmeta>
        </fo:declarations>
        <fo:bookmark-tree>
          <xsl:for-each select="article">
            <fo:bookmark internal-destination="article-{@id}">
              <fo:bookmark-title><xsl:value-of select="normalize-space(title)"/></fo:bookmark-title>
            </fo:bookmark>
          </xsl:for-each>
        </fo:bookmark-tree>
      </xsl:if>
      <fo:page-sequence master-reference="page" initial-page-number="1" format="{footer/@number-format}"
          writing-mode="{$writing-mode}" language="{@language}" country="{@country}" xml:lang="{@lang}">
        <xsl:apply-templates select="proof"/>
        <fo:static-content flow-name="xsl-region-after">
          <xsl:apply-templates select="footer"/>
        </fo:static-content>
        <fo:flow flow-name="xsl-region-body" hyphenate="{$hyphenate}" text-align="justify">
          <xsl:apply-templates select="masthead"/>
          <xsl:apply-templates select="article[@role != 'about'] except article[@role = 'reserve'][position() gt $reserve-used]"/>
          <xsl:call-template name="back-box"/>
        </fo:flow>
      </fo:page-sequence>
    </fo:root>
  </xsl:template>

  <!-- Masthead -->

  <xsl:template match="masthead">
    <!-- Spanning blocks use padding, not space: FOP drops spaces where the column layout changes. -->
    <fo:block span="all" text-align="center" padding-bottom="{if ($large) then '5mm' else '3.5mm'}" hyphenate="false">
      <fo:block font-family="{$sans}" font-weight="bold" color="{$red}" letter-spacing="{a:tracking('0.04em')}"
          font-size="{if ($large) then '96pt' else '66pt'}" line-height="1.0" text-transform="uppercase">
        <xsl:sequence select="a:runs(@title, $latin-sans)"/>
      </fo:block>
      <fo:block font-family="{$sans}" font-size="{if ($large) then '13pt' else '11pt'}" space-before="1mm"
          space-after="2mm">
        <xsl:sequence select="a:runs(@subtitle, $latin-sans)"/>
      </fo:block>
      <fo:block border-top="1.5pt solid {$black}" border-bottom="0.5pt solid {$black}"
          padding-top="1.2mm" padding-bottom="1.2mm" font-family="{$sans}"
          font-size="{if ($large) then '11pt' else '9.5pt'}" text-align-last="justify">
        <fo:inline font-weight="bold"><xsl:sequence select="a:runs(@number, $latin-sans)"/></fo:inline>
        <fo:leader leader-pattern="space"/>
        <xsl:sequence select="a:runs(@date, $latin-sans)"/>
        <fo:leader leader-pattern="space"/>
        <xsl:sequence select="a:runs(@pages, $latin-sans)"/>
        <fo:leader leader-pattern="space"/>
        <xsl:sequence select="a:runs(@edition, $latin-sans)"/>
        <fo:leader leader-pattern="space"/>
        <fo:inline font-weight="bold"><xsl:sequence select="a:runs(@price, $latin-sans)"/></fo:inline>
      </fo:block>
    </fo:block>
  </xsl:template>

  <!-- A proof cannot be mistaken for print: a large light-grey mark across every page. -->
  <xsl:template match="proof">
    <fo:static-content flow-name="xsl-region-before">
      <fo:block text-align="center" font-family="{$sans}" font-weight="bold" color="{$proof-grey}"
          font-size="{if ($large) then '160pt' else '110pt'}" line-height="1.0" letter-spacing="{a:tracking('0.06em')}">
        <xsl:sequence select="a:runs(@mark, $latin-sans)"/>
      </fo:block>
    </fo:static-content>
  </xsl:template>

  <xsl:template match="footer">
    <fo:block font-family="{$sans}" font-size="8pt" color="{$grey}" border-top="0.5pt solid {$grey}"
        padding-top="1mm" text-align-last="justify">
      <xsl:sequence select="a:runs(@title || ' · ' || @date, $latin-sans)"/>
      <fo:leader leader-pattern="space"/>
      <xsl:sequence select="a:runs(@edition, $latin-sans)"/>
      <fo:leader leader-pattern="space"/>
      <xsl:sequence select="a:runs(substring-before(@page, '&#xE000;'), $latin-sans)"/>
      <fo:page-number/>
      <xsl:sequence select="a:runs(substring-after(@page, '&#xE000;'), $latin-sans)"/>
    </fo:block>
  </xsl:template>

  <!-- Articles -->

  <xsl:template match="article">
    <fo:block id="article-{@id}" keep-with-next.within-column="always"/>
    <!-- kicker, headline, standfirst and byline stay together: a kicker is never left at a page foot alone -->
    <fo:block span="all" keep-with-next.within-page="always" keep-together.within-page="always" hyphenate="false"
        text-align="start" padding-bottom="{if ($large) then '3.5mm' else '2.5mm'}">
      <xsl:copy-of select="@src:at"/>
      <xsl:if test="@id = tokenize($new-page-articles)">
        <xsl:attribute name="break-before">page</xsl:attribute>
      </xsl:if>
      <xsl:if test="@role != 'lead'">
        <xsl:attribute name="border-top">1.5pt solid <xsl:value-of select="$black"/></xsl:attribute>
        <xsl:attribute name="padding-top">2mm</xsl:attribute>
        <xsl:attribute name="space-before" select="concat($article-space-mm, 'mm')"/>
      </xsl:if>
      <xsl:apply-templates select="kicker, title, standfirst, byline"/>
    </fo:block>
    <xsl:apply-templates select="body/figure[@width != '1'], body/table[a:table-is-wide(.)]" mode="wide"/>
    <fo:block>
      <xsl:copy-of select="@src:at"/>
      <xsl:if test="@role = 'letters'">
        <xsl:attribute name="font-size" select="$letters-size"/>
        <xsl:attribute name="line-height" select="$letters-leading"/>
      </xsl:if>
      <xsl:apply-templates select="body/*"/>
      <xsl:apply-templates select="notes"/>
    </fo:block>
    <fo:block id="article-end-{@id}" keep-with-previous.within-column="always"/>
  </xsl:template>

  <xsl:template match="kicker">
    <fo:block font-family="{$sans}" font-weight="bold" color="{$red}" letter-spacing="{a:tracking('0.05em')}"
        font-size="{if ($large) then '12pt' else '10pt'}" space-after="1mm">
      <xsl:copy-of select="@src:at"/>
      <xsl:apply-templates><xsl:with-param name="latin-font" select="$latin-sans" tunnel="yes"/></xsl:apply-templates>
    </fo:block>
  </xsl:template>

  <xsl:template match="article/title">
    <xsl:variable name="lead" select="../@role = 'lead'"/>
    <fo:block role="H1" font-family="{$sans}" font-weight="bold" line-height="1.05"
        font-size="{if ($lead) then (if ($large) then '44pt' else '30pt') else (if ($large) then '28pt' else '20pt')}">
      <xsl:copy-of select="@src:at"/>
      <xsl:apply-templates><xsl:with-param name="latin-font" select="$latin-sans" tunnel="yes"/></xsl:apply-templates>
    </fo:block>
  </xsl:template>

  <xsl:template match="standfirst">
    <fo:block font-style="italic" space-before="2mm" line-height="1.3"
        font-size="{if ($large) then '14pt' else '11.5pt'}">
      <xsl:copy-of select="@src:at"/>
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>

  <xsl:template match="byline">
    <fo:block font-family="{$sans}" font-size="{if ($large) then '10pt' else '9pt'}" space-before="1.5mm"
        text-transform="uppercase" letter-spacing="{a:tracking('0.03em')}">
      <xsl:apply-templates><xsl:with-param name="latin-font" select="$latin-sans" tunnel="yes"/></xsl:apply-templates>
    </fo:block>
  </xsl:template>

  <!-- Body blocks -->

  <xsl:template match="body/p | quote/p | item/p | note/p | sidebar/p">
    <fo:block orphans="2" widows="2">
      <xsl:copy-of select="@src:at"/>
      <xsl:if test="preceding-sibling::*[1][self::p] and not(parent::note)">
        <xsl:attribute name="text-indent">1em</xsl:attribute>
        <xsl:if test="$paragraph-space-mm gt 0 and parent::body">
          <xsl:attribute name="space-before" select="concat($paragraph-space-mm, 'mm')"/>
        </xsl:if>
      </xsl:if>
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>

  <xsl:template match="body/h">
    <fo:block role="H2" font-family="{$sans}" font-weight="bold" keep-with-next.within-column="always"
        hyphenate="false" text-align="start" space-before="{$heading-space-mm}mm" space-after="{round($heading-space-mm * 100 div 3) div 100}mm"
        font-size="{if (number(@level) le 2) then (if ($large) then '13pt' else '11.5pt') else $body-size}">
      <xsl:copy-of select="@src:at"/>
      <xsl:apply-templates><xsl:with-param name="latin-font" select="$latin-sans" tunnel="yes"/></xsl:apply-templates>
    </fo:block>
  </xsl:template>

  <!-- The lead article opens with a run-in: its first words in bold capitals. -->
  <xsl:template match="article[@role = 'lead']/body/p[1]" priority="2">
    <fo:block orphans="2" widows="2">
      <xsl:copy-of select="@src:at"/>
      <xsl:variable name="first" select="node()[1]"/>
      <xsl:choose>
        <xsl:when test="$first/self::text() and matches($first, '^\s*\S+(\s+\S+){0,3}')">
          <xsl:analyze-string select="$first" regex="^\s*\S+(\s+\S+){{0,3}}">
            <xsl:matching-substring>
              <fo:inline font-weight="bold" text-transform="uppercase">
                <xsl:sequence select="a:runs(., $latin-serif)"/>
              </fo:inline>
            </xsl:matching-substring>
            <xsl:non-matching-substring><xsl:sequence select="a:runs(., $latin-serif)"/></xsl:non-matching-substring>
          </xsl:analyze-string>
          <xsl:apply-templates select="node()[position() gt 1]"/>
        </xsl:when>
        <xsl:otherwise><xsl:apply-templates/></xsl:otherwise>
      </xsl:choose>
    </fo:block>
  </xsl:template>

  <xsl:template match="pullquote">
    <fo:block font-family="{$serif}" font-style="italic" font-weight="bold" color="{$red}"
        font-size="{$pullquote-size-pt}pt" line-height="1.25" text-align="start" hyphenate="false"
        border-top="1.5pt solid {$red}" border-bottom="1.5pt solid {$red}" padding-top="2mm" padding-bottom="2mm"
        space-before="3mm" space-after="3mm" keep-together.within-column="always">
      <xsl:copy-of select="@src:at"/>
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>

  <xsl:template match="sidebar">
    <fo:block background-color="{$tint}" border="0.75pt solid {$black}" padding="2mm" space-before="3mm"
        space-after="3mm" font-size="92%" text-align="start" keep-together.within-column="always">
      <xsl:copy-of select="@src:at"/>
      <xsl:apply-templates select="title" mode="sidebar"/>
      <xsl:apply-templates select="* except title" mode="box"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="title" mode="sidebar">
    <fo:block font-family="{$sans}" font-weight="bold" font-size="115%" space-after="1mm"
        keep-with-next.within-column="always">
      <xsl:copy-of select="@src:at"/>
      <xsl:apply-templates><xsl:with-param name="latin-font" select="$latin-sans" tunnel="yes"/></xsl:apply-templates>
    </fo:block>
  </xsl:template>

  <!-- Figures: the size comes from the program (image.FigureSizing), so that layout, resolution check and
       downsampling agree; @src is the image prepared for print (CMYK or grey), @screen-src the one for screen. -->
  <xsl:template match="figure">
    <fo:block space-before="3mm" space-after="3mm" keep-together.within-column="always" text-align="start">
      <xsl:copy-of select="@src:at"/>
      <xsl:call-template name="figure-content"/>
    </fo:block>
  </xsl:template>

  <!-- A figure wider than one column stands at the top of its article, under the headline (mode wide). -->
  <xsl:template match="body/figure[@width != '1']"/>

  <xsl:template match="figure" mode="wide">
    <fo:block span="all" padding-bottom="{if ($large) then '4mm' else '3mm'}" text-align="start"
        keep-together.within-page="always">
      <xsl:copy-of select="@src:at"/>
      <fo:block-container width="{@width-mm}mm">
        <xsl:call-template name="figure-content"/>
      </fo:block-container>
    </fo:block>
  </xsl:template>

  <!-- A figure in one column is scaled by the copyfit's figure width (smaller only: its resolution can only rise). -->
  <xsl:template name="figure-content">
    <xsl:variable name="scale" select="if (@width = '1' or not(@width)) then $figure-width-percent div 100 else 1"/>
    <fo:block line-height="0">
      <fo:external-graphic src="url('{if ($print) then @src else @screen-src}')" fox:alt-text="{normalize-space(alt)}">
        <xsl:choose>
          <xsl:when test="@height-mm">
            <xsl:attribute name="content-width" select="concat(if ($scale = 1) then @width-mm else round(@width-mm * $scale * 100) div 100, 'mm')"/>
            <xsl:attribute name="content-height" select="concat(if ($scale = 1) then @height-mm else round(@height-mm * $scale * 100) div 100, 'mm')"/>
          </xsl:when>
          <xsl:otherwise>
            <xsl:attribute name="width" select="concat(if ($scale = 1) then @width-mm else round(@width-mm * $scale * 100) div 100, 'mm')"/>
            <xsl:attribute name="content-width">scale-to-fit</xsl:attribute>
            <xsl:attribute name="content-height">scale-to-fit</xsl:attribute>
            <xsl:attribute name="scaling">uniform</xsl:attribute>
          </xsl:otherwise>
        </xsl:choose>
      </fo:external-graphic>
    </fo:block>
    <xsl:if test="caption">
      <fo:block font-family="{$sans}" font-size="85%" line-height="1.25" space-before="1mm" keep-with-previous.within-page="always">
        <xsl:copy-of select="caption/@src:at"/>
        <xsl:apply-templates select="caption/node()">
          <xsl:with-param name="latin-font" select="$latin-sans" tunnel="yes"/>
        </xsl:apply-templates>
      </fo:block>
    </xsl:if>
    <xsl:if test="credit">
      <fo:block font-family="{$sans}" font-size="75%" color="{$grey}" text-align="end" text-transform="uppercase"
          keep-with-previous.within-page="always">
        <xsl:copy-of select="credit/@src:at"/>
        <xsl:apply-templates select="credit/node()">
          <xsl:with-param name="latin-font" select="$latin-sans" tunnel="yes"/>
        </xsl:apply-templates>
      </fo:block>
    </xsl:if>
  </xsl:template>

  <xsl:template match="quote">
    <fo:block margin-left="3mm" margin-right="3mm" font-style="italic" space-before="1.5mm" space-after="1.5mm">
      <xsl:copy-of select="@src:at"/>
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>

  <xsl:template match="list">
    <fo:list-block provisional-distance-between-starts="4mm" provisional-label-separation="1.5mm"
        space-before="1mm" space-after="1mm">
      <xsl:copy-of select="@src:at"/>
      <xsl:for-each select="item">
        <fo:list-item>
          <fo:list-item-label end-indent="label-end()">
            <fo:block><xsl:sequence select="a:runs(@label, $latin-serif)"/></fo:block>
          </fo:list-item-label>
          <fo:list-item-body start-indent="body-start()">
            <fo:block text-align="start"><xsl:apply-templates/></fo:block>
          </fo:list-item-body>
        </fo:list-item>
      </xsl:for-each>
    </fo:list-block>
  </xsl:template>

  <!-- Tables: small type, narrow padding, hyphenated words. Each table column first gets what its longest
       unbreakable piece needs (a number in full: numbers are not hyphenated; a word up to the 6 letters
       hyphenation may leave on a line, with its punctuation), then a share of the room left in proportion to
       its average text length. Widths are counted in average characters of the table's type (75% of the
       body size). A table that one newspaper column holds stands in its column, set smaller (down to 60%)
       before any line is let overflow. A wider one (more than its column holds, or half as much again in
       average text) stands across the page at the top of its article, under the headline like a wide
       figure, as wide as its longest cells need. -->
  <xsl:variable name="table-char-mm" select="0.52 * 0.75 * number(substring-before($body-size, 'pt')) * 25.4 div 72"/>
  <!-- the padding between two table columns (each cell's 0.6 mm on either side) -->
  <xsl:variable name="table-gap-mm" select="1.2"/>

  <xsl:function name="a:table-columns" as="xs:integer">
    <xsl:param name="table" as="element(table)"/>
    <xsl:sequence select="max($table/row/count(cell))"/>
  </xsl:function>

  <!-- What each table column needs at least, in characters. -->
  <xsl:function name="a:table-needs" as="xs:double*">
    <xsl:param name="table" as="element(table)"/>
    <xsl:sequence select="for $i in 1 to a:table-columns($table) return
        max((1, for $cell in $table/row/cell[$i], $w in tokenize(normalize-space($cell)) return
          (if ($cell/../@header = 'true') then 1.1 else 1) *
          (if (matches($w, '^[\p{N}\p{P}\p{S}]+$')) then string-length($w)
           else min((string-length(replace($w, '\P{L}', '')), 6)) + 1 + string-length(replace($w, '\p{L}', '')))))"/>
  </xsl:function>

  <!-- The average text length of each table column, in characters. -->
  <xsl:function name="a:table-lengths" as="xs:double*">
    <xsl:param name="table" as="element(table)"/>
    <xsl:sequence select="for $i in 1 to a:table-columns($table) return
        1 + avg((0, $table/row/cell[$i]/string-length(normalize-space(.))))"/>
  </xsl:function>

  <!-- The characters a table's text can have across a width in mm, after the padding between its columns. -->
  <xsl:function name="a:table-room" as="xs:double">
    <xsl:param name="table" as="element(table)"/>
    <xsl:param name="width-mm" as="xs:double"/>
    <xsl:sequence select="($width-mm - (a:table-columns($table) - 1) * $table-gap-mm) div $table-char-mm"/>
  </xsl:function>

  <xsl:function name="a:table-is-wide" as="xs:boolean">
    <xsl:param name="table" as="element(table)"/>
    <xsl:variable name="room" select="a:table-room($table, $column-mm)"/>
    <xsl:sequence select="sum(a:table-needs($table)) gt $room or sum(a:table-lengths($table)) gt 1.5 * $room"/>
  </xsl:function>

  <xsl:variable name="column-mm" select="($page-width-mm - 2 * $margin-mm - ($columns - 1) * $column-gap-mm) div $columns"/>

  <xsl:template match="body/table[a:table-is-wide(.)]"/>

  <xsl:template match="table">
    <xsl:call-template name="table">
      <xsl:with-param name="room" select="a:table-room(., $column-mm)"/>
      <xsl:with-param name="width" select="'100%'"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="table" mode="wide">
    <xsl:variable name="full-room" select="a:table-room(., $page-width-mm - 2 * $margin-mm)"/>
    <xsl:variable name="longest" select="sum(for $i in 1 to a:table-columns(.) return
        max((1, row/cell[$i]/string-length(normalize-space(.))))) + 1"/>
    <xsl:variable name="room" select="min(($full-room, max(($longest, sum(a:table-needs(.))))))"/>
    <fo:block span="all" padding-bottom="{if ($large) then '4mm' else '3mm'}" text-align="start">
      <xsl:copy-of select="@src:at"/>
      <xsl:call-template name="table">
        <xsl:with-param name="room" select="$room"/>
        <xsl:with-param name="width" select="concat(format-number($room * $table-char-mm + (a:table-columns(.) - 1) * $table-gap-mm, '0.0'), 'mm')"/>
      </xsl:call-template>
    </fo:block>
  </xsl:template>

  <xsl:template name="table">
    <xsl:param name="room" as="xs:double"/>
    <xsl:param name="width" as="xs:string"/>
    <xsl:variable name="needs" select="a:table-needs(.)"/>
    <xsl:variable name="lengths" select="a:table-lengths(.)"/>
    <xsl:variable name="spare" select="max((0, $room - sum($needs)))"/>
    <xsl:variable name="size" select="max((60, min((75, 75 * $room div sum($needs)))))"/>
    <fo:table table-layout="fixed" width="{$width}" space-before="1.5mm" space-after="1.5mm"
        font-size="{format-number($size, '0.0')}%" line-height="1.2" hyphenate="{$hyphenate}"
        hyphenation-remain-character-count="2" hyphenation-push-character-count="2">
      <xsl:copy-of select="@src:at"/>
      <xsl:for-each select="1 to count($needs)">
        <xsl:variable name="i" select="."/>
        <fo:table-column column-width="proportional-column-width({format-number($needs[$i] + $spare * $lengths[$i] div sum($lengths), '0.00')})"/>
      </xsl:for-each>
      <!-- header rows repeat at the top of each column or page the table runs into; no row is split;
           a table of header rows only (a form sent before it was filled in) is printed as its body -->
      <xsl:variable name="body-rows" select="row[not(@header = 'true')]"/>
      <xsl:if test="exists($body-rows) and row[@header = 'true']">
        <fo:table-header>
          <xsl:apply-templates select="row[@header = 'true']"/>
        </fo:table-header>
      </xsl:if>
      <fo:table-body>
        <xsl:apply-templates select="if (exists($body-rows)) then $body-rows else row"/>
      </fo:table-body>
    </fo:table>
  </xsl:template>

  <xsl:template match="table/row">
    <fo:table-row keep-together.within-column="always">
      <xsl:for-each select="cell">
        <fo:table-cell padding-top="0.4mm" padding-bottom="0.4mm" padding-start="{if (position() = 1) then '0' else concat($table-gap-mm div 2, 'mm')}"
            padding-end="{if (position() = last()) then '0' else concat($table-gap-mm div 2, 'mm')}" border-bottom="0.3pt solid {$grey}">
          <fo:block text-align="start">
            <xsl:copy-of select="@src:at"/>
            <xsl:if test="../@header = 'true'">
              <xsl:attribute name="font-weight">bold</xsl:attribute>
            </xsl:if>
            <xsl:apply-templates/>
          </fo:block>
        </fo:table-cell>
      </xsl:for-each>
    </fo:table-row>
  </xsl:template>

  <xsl:template match="break">
    <fo:block text-align="center" space-before="2mm" space-after="2mm" keep-with-next.within-column="always">
      <xsl:copy-of select="@src:at"/>
      <fo:leader leader-pattern="rule" leader-length="30%" rule-thickness="0.5pt" color="{$grey}"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="notes">
    <fo:block font-size="85%" line-height="1.3" space-before="2mm" border-top="0.5pt solid {$grey}"
        padding-top="1mm" text-align="start">
      <fo:block font-family="{$sans}" font-weight="bold" keep-with-next.within-column="always">
        <xsl:sequence select="a:runs(@title, $latin-sans)"/>
      </fo:block>
      <xsl:for-each select="note">
        <fo:list-block provisional-distance-between-starts="4mm" provisional-label-separation="1mm">
          <fo:list-item>
            <fo:list-item-label end-indent="label-end()">
              <fo:block><xsl:sequence select="a:runs(@n || '.', $latin-serif)"/></fo:block>
            </fo:list-item-label>
            <fo:list-item-body start-indent="body-start()">
              <xsl:copy-of select="@src:at"/>
              <xsl:apply-templates/>
            </fo:list-item-body>
          </fo:list-item>
        </fo:list-block>
      </xsl:for-each>
    </fo:block>
  </xsl:template>

  <!-- The back-page box: the about article in sections, and the edition's contacts. Spanning all
       columns, it also closes the flow so that FOP balances the columns above it. When the issue is
       short (back-page-alone), it is set large as a page of its own instead, never as a small box on
       an otherwise empty page. -->
  <xsl:template name="back-box">
    <xsl:choose>
      <xsl:when test="$back-page-alone"><xsl:call-template name="back-page"/></xsl:when>
      <xsl:otherwise>
        <fo:block span="all" space-before="6mm" keep-together.within-page="always" background-color="{$tint}"
            border-top="2pt solid {$red}" padding="3mm" text-align="start" hyphenate="{$hyphenate}"
            font-size="{if ($large) then '9pt' else '8.5pt'}" line-height="1.35">
          <xsl:call-template name="about-title"/>
          <xsl:call-template name="about-table"/>
        </fo:block>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The back page of a short issue: the title, the about text set large at the top, and the
       contacts with the issue's number, date, edition and price at the foot of the page. -->
  <xsl:template name="back-page">
    <xsl:variable name="height" select="$body-height-mm"/>
    <xsl:variable name="foot" select="round($height * 0.3)"/>
    <fo:block-container span="all" break-before="page" keep-together.within-page="always" background-color="{$tint}"
        border-top="2pt solid {$red}" height="{$height - 1}mm">
      <fo:block-container height="{$height - 1 - $foot - 8}mm" padding="8mm" padding-bottom="0mm" text-align="start"
          hyphenate="{$hyphenate}" font-size="{if ($large) then '12pt' else '11pt'}" line-height="1.35">
        <fo:block font-family="{$sans}" font-weight="bold" color="{$red}" text-transform="uppercase"
            font-size="{if ($large) then '72pt' else '54pt'}" line-height="1.0" text-align="center" space-after="4mm">
          <xsl:sequence select="a:runs(masthead/@title, $latin-sans)"/>
        </fo:block>
        <fo:block font-family="{$sans}" text-align="center" space-after="8mm" font-size="130%">
          <xsl:sequence select="a:runs(masthead/@subtitle, $latin-sans)"/>
        </fo:block>
        <xsl:call-template name="about-title"/>
        <xsl:call-template name="about-table">
          <xsl:with-param name="with-contacts" select="false()"/>
        </xsl:call-template>
      </fo:block-container>
      <fo:block-container height="{$foot - 8}mm" display-align="after" padding="8mm" padding-top="0mm" text-align="center">
        <fo:block font-family="{$sans}" font-size="{if ($large) then '18pt' else '15pt'}" line-height="1.3">
          <xsl:apply-templates select="contact"/>
        </fo:block>
        <fo:block font-family="{$sans}" font-size="{if ($large) then '12pt' else '10.5pt'}" space-before="6mm"
            border-top="1.5pt solid {$black}" padding-top="2mm" text-align-last="justify">
          <fo:inline font-weight="bold"><xsl:sequence select="a:runs(masthead/@number, $latin-sans)"/></fo:inline>
          <fo:leader leader-pattern="space"/>
          <xsl:sequence select="a:runs(masthead/@date, $latin-sans)"/>
          <fo:leader leader-pattern="space"/>
          <xsl:sequence select="a:runs(masthead/@edition, $latin-sans)"/>
          <fo:leader leader-pattern="space"/>
          <fo:inline font-weight="bold"><xsl:sequence select="a:runs(masthead/@price, $latin-sans)"/></fo:inline>
        </fo:block>
      </fo:block-container>
    </fo:block-container>
  </xsl:template>

  <xsl:template name="about-title">
    <xsl:for-each select="article[@role = 'about']">
      <fo:block id="article-{@id}" font-family="{$sans}" font-weight="bold" color="{$red}"
          font-size="{if ($back-page-alone) then '150%' else if ($large) then '16pt' else '13pt'}" space-after="2mm">
        <xsl:copy-of select="title/@src:at"/>
        <xsl:apply-templates select="title"/>
      </fo:block>
    </xsl:for-each>
  </xsl:template>

  <!-- The about article's sections side by side, then (unless the back page prints them at its foot) the contacts. -->
  <xsl:template name="about-table">
    <xsl:param name="with-contacts" select="true()"/>
    <xsl:variable name="about" select="article[@role = 'about']"/>
    <xsl:variable name="sections" as="element()*">
      <xsl:for-each-group select="$about/body/*" group-starting-with="h">
        <section><xsl:copy-of select="current-group()"/></section>
      </xsl:for-each-group>
    </xsl:variable>
    <xsl:if test="exists($sections) or $with-contacts">
      <fo:table table-layout="fixed" width="100%">
        <xsl:for-each select="$sections">
          <fo:table-column column-width="proportional-column-width(2)"/>
        </xsl:for-each>
        <xsl:if test="$with-contacts">
          <fo:table-column column-width="proportional-column-width(1)"/>
        </xsl:if>
        <fo:table-body>
          <fo:table-row>
            <xsl:for-each select="$sections">
              <fo:table-cell padding-end="4mm">
                <xsl:apply-templates select="*" mode="box"/>
              </fo:table-cell>
            </xsl:for-each>
            <xsl:if test="$with-contacts">
              <fo:table-cell>
                <xsl:apply-templates select="contact"/>
              </fo:table-cell>
            </xsl:if>
          </fo:table-row>
        </fo:table-body>
      </fo:table>
    </xsl:if>
    <xsl:for-each select="$about">
      <fo:block id="article-end-{@id}"/>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="h" mode="box">
    <fo:block font-family="{$sans}" font-weight="bold" space-after="1mm" keep-with-next.within-column="always">
      <xsl:copy-of select="@src:at"/>
      <xsl:apply-templates><xsl:with-param name="latin-font" select="$latin-sans" tunnel="yes"/></xsl:apply-templates>
    </fo:block>
  </xsl:template>

  <xsl:template match="p" mode="box">
    <fo:block space-after="1.2mm"><xsl:copy-of select="@src:at"/><xsl:apply-templates/></fo:block>
  </xsl:template>

  <xsl:template match="list" mode="box">
    <xsl:apply-templates select="."/>
  </xsl:template>

  <xsl:template match="*" mode="box">
    <xsl:apply-templates select="."/>
  </xsl:template>

  <xsl:template match="contact">
    <fo:block font-family="{$sans}" font-weight="bold" space-after="1mm"><xsl:sequence select="a:runs(@title, $latin-sans)"/></fo:block>
    <xsl:for-each select="line">
      <fo:block><xsl:sequence select="a:runs(., $latin-serif)"/></fo:block>
    </xsl:for-each>
  </xsl:template>

  <!-- Inline content -->

  <xsl:template match="em">
    <fo:inline font-style="italic"><xsl:apply-templates/></fo:inline>
  </xsl:template>

  <xsl:template match="strong">
    <fo:inline font-weight="bold"><xsl:apply-templates/></fo:inline>
  </xsl:template>

  <!-- <sup> and <sub> in the Markdown (19th, CO2), smaller and off the baseline, as a note's number is -->
  <xsl:template match="sup">
    <fo:inline baseline-shift="super" font-size="65%"><xsl:apply-templates/></fo:inline>
  </xsl:template>

  <xsl:template match="sub">
    <fo:inline baseline-shift="sub" font-size="65%"><xsl:apply-templates/></fo:inline>
  </xsl:template>

  <xsl:template match="code">
    <fo:inline font-family="{$sans}"><xsl:sequence select="a:runs(., $latin-sans)"/></fo:inline>
  </xsl:template>

  <!-- Links are live on screen; print files carry no links or annotations (PDF/X). -->
  <xsl:template match="link">
    <xsl:choose>
      <xsl:when test="$print"><xsl:apply-templates/></xsl:when>
      <xsl:otherwise>
        <fo:basic-link external-destination="url('{@href}')" color="{$red}">
          <xsl:apply-templates/>
        </fo:basic-link>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="note-ref">
    <fo:inline baseline-shift="super" font-size="65%"><xsl:sequence select="a:runs(@n, $latin-serif)"/></fo:inline>
  </xsl:template>

  <xsl:template match="text()">
    <xsl:param name="latin-font" select="$latin-serif" tunnel="yes"/>
    <xsl:sequence select="a:runs(., $latin-font)"/>
  </xsl:template>

  <xsl:template match="br">
    <fo:block/>
  </xsl:template>

</xsl:stylesheet>
