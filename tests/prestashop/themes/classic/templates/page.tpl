{* The page skeleton of PrestaShop's classic theme, reduced to its blocks: module templates
   extend it and fill page_content. *}
{extends file=$layout}

{block name='content'}
  <section id="main">
    {block name='page_header_container'}
      {block name='page_title' hide}
        <header class="page-header"><h1>{$smarty.block.child}</h1></header>
      {/block}
    {/block}
    {block name='page_content_container'}
      <section id="content" class="page-content card card-block">
        {block name='page_content_top'}{/block}
        {block name='page_content'}{/block}
      </section>
    {/block}
    {block name='page_footer_container'}
      <footer class="page-footer">{block name='page_footer'}{/block}</footer>
    {/block}
  </section>
{/block}
