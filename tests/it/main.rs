mod article;
