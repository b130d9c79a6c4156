{* The classic theme's full-width layout, reduced to the document and the content block. *}
<!doctype html>
<html lang="{$language->iso_code|default:'en'}">
  <head>
    <meta charset="utf-8">
    <title>{block name='head_seo_title'}{$shop_name|default:''}{/block}</title>
    {block name='head'}{/block}
  </head>
  <body id="{$page_name|default:'module'}">
    <main>
      {block name='content'}{/block}
    </main>
    {block name='javascript_bottom'}{/block}
  </body>
</html>
